package ir.guild.registry.legalaid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counsel or an admin moving a case on, as sent. */
@Schema(name = "LegalAidStatusChange")
public record CaseStatusChange(
        @Schema(description = "The new status: TRIAGED, IN_PROGRESS, AWAITING_MEMBER, RESOLVED, CLOSED or DECLINED",
                example = "AWAITING_MEMBER") String status,
        @Schema(description = "The version of the case the change was decided on") Integer version,
        @Schema(description = "Why the case is declined, for the member; required with DECLINED") String reason,
        @Schema(description = "A message to the member sent with the move; optional") String message,
        @Schema(description = "The assigned counsel declares no conflict of interest; required to start work "
                + "(IN_PROGRESS) on a case an admin assigned to them") Boolean noConflict) {
}
