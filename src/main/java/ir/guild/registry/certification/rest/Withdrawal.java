package ir.guild.registry.certification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member withdrawing a request; the version, when given, must be the current one. */
@Schema(name = "CertificationWithdrawal")
public record Withdrawal(@Schema(description = "The request's version the member saw") Integer version) {
}
