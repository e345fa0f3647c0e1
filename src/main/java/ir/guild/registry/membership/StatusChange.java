package ir.guild.registry.membership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin's change of a membership's status, carrying the version they saw. */
@Schema(name = "StatusChange")
public record StatusChange(
        @Schema(enumeration = { "SUSPENDED", "ACTIVE", "REVOKED" },
                description = "SUSPENDED suspends, ACTIVE lifts a suspension, REVOKED revokes for good") String status,
        @Schema(description = "Required to suspend or revoke; the member is told") String reason,
        @Schema(description = "The member's version the admin saw; when given and stale, nothing changes (409)") Integer version) {

    /** The statuses an admin can ask for; EXPIRED follows from the validity and renewal is its own action. */
    public enum Target {
        SUSPENDED, ACTIVE, REVOKED
    }
}
