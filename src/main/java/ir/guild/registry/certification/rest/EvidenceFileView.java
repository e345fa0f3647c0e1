package ir.guild.registry.certification.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.certification.EvidenceFile;

/** An evidence file as listed with its request; {@code href} downloads it. */
@Schema(name = "EvidenceFile")
public record EvidenceFileView(long id, String fileName,
        @Schema(description = "The type found in the content: application/pdf, image/png, image/jpeg or image/webp") String mediaType,
        int sizeBytes, Instant uploadedAt, String href) {

    public static EvidenceFileView of(EvidenceFile file) {
        return new EvidenceFileView(file.id, file.fileName, file.mediaType, file.sizeBytes, file.uploadedAt,
                CertificationRequestResource.PATH + "/" + file.requestId + "/files/" + file.id);
    }
}
