package ir.guild.registry.legalaid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A legal-aid case as a member fills it in, before it is normalised and checked. The amount
 * is a string so that Persian digits and thousands separators typed into a form are accepted.
 */
@Schema(name = "LegalAidCaseForm")
public record CaseForm(
        @Schema(description = "A legal-aid category code from /api/v1/reference", example = "UNPAID_WAGES") String category,
        @Schema(description = "One line saying what the case is about; at most 200 characters") String subject,
        @Schema(description = "What happened; at most 8000 characters") String description,
        @Schema(description = "Whom the dispute is with; at most 200 characters") String counterpartyName,
        @Schema(description = "COMPANY or PERSON") String counterpartyType,
        @Schema(description = "Amount in dispute in Rials, a whole number; optional", example = "۲۵۰٬۰۰۰٬۰۰۰") String amountInDispute,
        @Schema(description = "LOW, NORMAL, HIGH or URGENT") String urgency,
        @Schema(description = "EMAIL or PHONE") String preferredContact) {
}
