package ir.guild.registry.certification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An assessor's decision on a certification request, carrying the version they saw. */
@Schema(name = "CertificationDecision")
public record DecisionForm(
        @Schema(enumeration = { "GRANT", "DENY", "REQUEST_INFO" }) String decision,
        @Schema(description = "For a grant: the level granted, not above the one requested; the requested one when absent") String level,
        @Schema(description = "Required to deny or to ask for more information; the member reads it") String reason,
        @Schema(description = "The request's version the assessor decided on") Integer version) {

    public enum Kind {
        GRANT, DENY, REQUEST_INFO
    }
}
