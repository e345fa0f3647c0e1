package ir.guild.registry.partner.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers to a batch, one for each item, in the order asked. */
@Schema(name = "VerificationResults")
public record VerificationResults(List<VerificationResult> items) {
}
