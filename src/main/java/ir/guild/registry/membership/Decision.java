package ir.guild.registry.membership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin's decision on an application, carrying the version they saw. */
@Schema(name = "Decision")
public record Decision(
        @Schema(enumeration = { "APPROVE", "REJECT", "REQUEST_INFO" }) String decision,
        @Schema(description = "Required to reject or to ask for more information") String reason,
        @Schema(description = "Grade code for an approval; ASSOCIATE when absent") String grade,
        @Schema(description = "The application's version the admin decided on") Integer version) {

    public enum Kind {
        APPROVE, REJECT, REQUEST_INFO
    }
}
