package ir.guild.registry.certification.rest;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.certification.CertificationRequest;
import ir.guild.registry.certification.EvidenceFile;

/**
 * A certification request as its requester, assessors and admins see it. {@code files} is
 * left out of the assessors' queue; {@code certificateId} is there once it is granted.
 */
@Schema(name = "CertificationRequest")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestView(
        long id, String status,
        @Schema(description = "Send it back with a resubmission, a withdrawal or a decision") int version,
        String trackCode, TrackTitle trackTitle, int level, String evidence, List<String> links,
        List<EvidenceFileView> files, String membershipNumber, String holderName, String holderNameLatin,
        Instant submittedAt, Instant updatedAt, Instant decidedAt, String decisionReason, Integer grantedLevel,
        Long certificateId) {

    public static RequestView of(CertificationRequest request, List<EvidenceFile> files, Long certificateId) {
        return new RequestView(request.id, request.status.name(), request.version, request.track.code,
                TrackTitle.of(request.track), request.level, request.evidence, List.copyOf(request.links),
                files == null ? null : files.stream().map(EvidenceFileView::of).toList(), request.membershipNumber,
                request.holderName, request.holderNameLatin, request.submittedAt, request.updatedAt,
                request.decidedAt, request.decisionReason, request.grantedLevel, certificateId);
    }
}
