package ir.guild.registry.partner.rest;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.partner.PartnerVerification;

/** A verification of the member, as the member reads it: which firm, when, and through which code. */
@Schema(name = "MemberVerification")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationLogView(
        long id,
        @Schema(description = "The partner firm that asked") String firm,
        Instant verifiedAt,
        @Schema(enumeration = { "VERIFIED", "WRONG_CODE", "CODE_EXPIRED", "CODE_REVOKED" }) String outcome,
        @Schema(description = "The scope of the code given, when it was one of yours",
                enumeration = { "MEMBERSHIP", "MEMBERSHIP_AND_CERTIFICATES" }) String scope,
        @Schema(description = "The code given, when it was one of yours") Long shareCodeId,
        String shareCodeLabel, String shareCodeHint) {

    public static VerificationLogView of(PartnerVerification v) {
        return new VerificationLogView(v.id, v.firm.name, v.verifiedAt, v.outcome.name(),
                v.scope == null ? null : v.scope.name(), v.shareCode == null ? null : v.shareCode.id,
                v.shareCode == null ? null : v.shareCode.label, v.shareCode == null ? null : v.shareCode.hintShown());
    }
}
