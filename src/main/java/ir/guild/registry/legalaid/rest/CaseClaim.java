package ir.guild.registry.legalaid.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A counsel taking a case from the queue. */
@Schema(name = "LegalAidCaseClaim")
public record CaseClaim(
        @Schema(description = "The case's version the counsel saw", required = true) Integer version,
        @Schema(description = "The counsel declares they have no conflict of interest in the case; required",
                required = true) Boolean noConflict,
        @Schema(description = "The counsel has weighed the case's conflict warnings (its counterparty matches a "
                + "partner firm or their declared employer); required when there are any") Boolean warningsAcknowledged) {
}
