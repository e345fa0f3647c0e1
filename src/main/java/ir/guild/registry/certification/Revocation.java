package ir.guild.registry.certification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin's revocation of a certificate, carrying the version they saw. */
@Schema(name = "CertificateRevocation")
public record Revocation(
        @Schema(description = "Why the certificate is revoked; the holder is told") String reason,
        @Schema(description = "The certificate's version the admin saw") Integer version) {
}
