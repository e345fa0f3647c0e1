package ir.guild.registry.certification.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.certification.CertificateStatus;
import ir.guild.registry.certification.PublicChecks.CheckedCertificate;
import ir.guild.registry.web.Language;

/**
 * What anyone holding a certificate's code may learn about it: no national ID, email, phone,
 * membership number or revocation reason.
 */
@Schema(name = "PublicCertificate", description = "A certificate as the public verification shows it")
public record PublicCertificateView(
        @Schema(description = "The public code, grouped as printed", examples = "K7Q2-9XRT-M4PA") String code,
        @Schema(description = "The holder's name in Persian, as it was when the certificate was issued") String holderName,
        @Schema(description = "The holder's name in Latin letters") String holderNameLatin,
        @Schema(description = "The track's stable code, see GET /api/v1/tracks", examples = "BACKEND_JAVA") String trackCode,
        @Schema(description = "The track's title in the language asked for with Accept-Language: Persian for fa, English otherwise") String trackTitle,
        @Schema(description = "The level granted") int level,
        @Schema(description = "The day it was issued") LocalDate issuedAt,
        @Schema(description = "The last day it is valid") LocalDate expiresAt,
        @Schema(description = "The status today: SUSPENDED while the holder's membership is suspended or revoked") CertificateStatus status) {

    public static PublicCertificateView of(CheckedCertificate checked, Language language) {
        return new PublicCertificateView(checked.displayCode(), checked.holderName(), checked.holderNameLatin(),
                checked.trackCode(), checked.trackTitle(language), checked.level(), checked.issuedOn(),
                checked.expiresOn(), checked.status());
    }
}
