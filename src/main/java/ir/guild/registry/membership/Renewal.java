package ir.guild.registry.membership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin's renewal of a membership; the body is optional. */
@Schema(name = "Renewal")
public record Renewal(
        @Schema(description = "The member's version the admin saw; when given and stale, nothing changes (409)") Integer version) {
}
