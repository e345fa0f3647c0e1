package ir.guild.registry.legalaid.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.legalaid.LegalAidDocument;

/** A document of a case, as listed with it; {@code url} downloads it. */
@Schema(name = "LegalAidDocument")
public record DocumentView(long id, String fileName,
        @Schema(description = "The type found in the content: application/pdf, image/png, image/jpeg or image/webp") String mediaType,
        int sizeBytes, Instant uploadedAt, String url) {

    static DocumentView of(LegalAidDocument document) {
        return new DocumentView(document.id, document.fileName, document.mediaType, document.sizeBytes,
                document.uploadedAt, LegalAidCaseResource.PATH + "/" + document.caseId + "/documents/" + document.id);
    }
}
