package ir.guild.registry.legalaid.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A counsel declaring who they work for, against which every counterparty is checked. */
@Schema(name = "CounselEmployerDeclaration")
public record EmployerDeclaration(
        @Schema(description = "The employer or firm; blank or null when they work for nobody else") String employer) {
}
