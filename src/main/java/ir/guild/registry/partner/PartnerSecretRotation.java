package ir.guild.registry.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin's rotation of a firm's secret; the body is optional. */
@Schema(name = "PartnerSecretRotation")
public record PartnerSecretRotation(
        @Schema(description = "The firm's version the admin saw; when given and stale, nothing changes (409)") Integer version) {
}
