package ir.guild.registry.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new share code as the member asks for it: its scope, when it ends (a moment, or a number
 * of hours from now; one of the two), and an optional label for the member's own list.
 * Fields are read as text so that a malformed one is refused by name.
 */
@Schema(name = "ShareCodeRequest")
public record ShareCodeForm(
        @Schema(enumeration = { "MEMBERSHIP", "MEMBERSHIP_AND_CERTIFICATES" }, required = true) String scope,
        @Schema(description = "When the code stops working (ISO-8601 instant), 1 hour to 90 days from now; "
                + "or give validForHours", example = "2026-06-01T12:00:00Z") String expiresAt,
        @Schema(description = "How many hours the code works, 1 to 2160; or give expiresAt", example = "168")
        String validForHours,
        @Schema(description = "A note for yourself, e.g. the firm it is for; at most 100 characters",
                example = "For Dadeh Pardaz") String label) {
}
