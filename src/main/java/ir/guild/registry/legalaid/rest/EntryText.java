package ir.guild.registry.legalaid.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What someone writes on a case: a message shared with the member, or a counsel's internal note. */
@Schema(name = "LegalAidEntryText")
public record EntryText(@Schema(description = "The text; paragraphs are kept", required = true) String body) {
}
