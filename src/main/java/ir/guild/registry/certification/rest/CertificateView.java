package ir.guild.registry.certification.rest;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.certification.Certificate;
import ir.guild.registry.certification.Certificates;

/** A certificate with its status today, as its holder and admins see it. */
@Schema(name = "Certificate")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CertificateView(
        long id,
        @Schema(description = "The public code, grouped for people", example = "K7Q2-9XRT-M4PA") String code,
        String trackCode, TrackTitle trackTitle, int level,
        @Schema(description = "The day it was issued") LocalDate issuedAt,
        @Schema(description = "The last day it is valid") LocalDate expiresAt,
        @Schema(enumeration = { "VALID", "EXPIRED", "SUSPENDED", "REVOKED" }) String status,
        String revocationReason, String holderName, String holderNameLatin, String membershipNumber,
        @Schema(description = "Send it back with a revocation") int version) {

    public static CertificateView of(Certificates.Checked checked) {
        Certificate c = checked.certificate();
        return new CertificateView(c.id, c.displayCode(), c.track.code, TrackTitle.of(c.track), c.level, c.issuedOn,
                c.expiresOn, checked.status().name(), c.revocationReason, c.holderName, c.holderNameLatin,
                c.membershipNumber, c.version);
    }
}
