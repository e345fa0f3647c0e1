package ir.guild.registry.partner.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.partner.PartnerVerifications;

/**
 * The answer to a partner firm. Not verified is {@code {"verified": false}} and nothing else,
 * whatever the reason.
 */
@Schema(name = "VerificationResult")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationResult(
        boolean verified,
        @Schema(example = "1405-000123") String membershipNumber,
        String holderName,
        @Schema(enumeration = { "ACTIVE", "SUSPENDED", "EXPIRED", "REVOKED" }) String status,
        @Schema(enumeration = { "ASSOCIATE", "MEMBER", "SENIOR" }) String grade,
        @Schema(description = "The last day of the membership") LocalDate validUntil,
        @Schema(description = "Only when the code shares certificates") List<SharedCertificate> certificates) {

    static final VerificationResult NOT_VERIFIED = new VerificationResult(false, null, null, null, null, null, null);

    /** A certificate of the member with its status today; its code opens it at /verify. */
    @Schema(name = "SharedCertificate")
    public record SharedCertificate(
            @Schema(example = "K7Q2-9XRT-M4PA") String code, String trackCode, int level,
            @Schema(enumeration = { "VALID", "EXPIRED", "SUSPENDED", "REVOKED" }) String status,
            @Schema(description = "The last day it is valid") LocalDate expiresAt) {
    }

    public static VerificationResult of(Optional<PartnerVerifications.Verified> answer) {
        return answer.map(VerificationResult::of).orElse(NOT_VERIFIED);
    }

    static VerificationResult of(PartnerVerifications.Verified v) {
        List<SharedCertificate> certificates = v.certificates() == null ? null
                : v.certificates().stream().map(c -> new SharedCertificate(c.displayCode(), c.trackCode(), c.level(),
                        c.status().name(), c.expiresOn())).toList();
        return new VerificationResult(true, v.member().membershipNumber(), v.member().fullName(), v.status().name(),
                v.member().grade().name(), v.member().validUntil(), certificates);
    }
}
