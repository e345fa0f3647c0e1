package ir.guild.registry.legalaid.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member withdrawing a case; the version must be the one they saw. */
@Schema(name = "LegalAidCaseWithdrawal")
public record CaseWithdrawal(@Schema(description = "The case's version the member saw", required = true) Integer version) {
}
