package ir.guild.registry.legalaid.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin handing a case to a counsel. */
@Schema(name = "LegalAidCaseAssignment")
public record CaseAssignment(
        @Schema(description = "The counsel's account, as GET /api/v1/counsel/counsel lists it", required = true)
        String counselSubject,
        @Schema(description = "The case's version the admin saw", required = true) Integer version) {
}
