package ir.guild.registry.certification.web;

import java.util.List;

import ir.guild.registry.certification.CertificationRequest;
import ir.guild.registry.certification.RequestStatus;
import ir.guild.registry.certification.web.CertificationViews.CertificateRow;
import ir.guild.registry.certification.web.CertificationViews.FileRow;
import ir.guild.registry.certification.web.CertificationViews.RequestRow;
import ir.guild.registry.membership.web.Choice;
import ir.guild.registry.membership.web.FormErrors;
import ir.guild.registry.membership.web.FormField;
import ir.guild.registry.web.FormUploads.FileProblem;

/**
 * One of the member's own requests as they see it, with the answer form while the assessors
 * wait for more information and the withdraw button while it is open.
 *
 * @param notice {@code submitted}, {@code answered} or {@code withdrawn} after that went through, else null
 * @param stale what the member acted on had changed meanwhile; the request is shown as it is now
 * @param blocked why the membership no longer allows answering, when that is why an answer was refused
 */
public record RequestDetail(RequestRow row, CertificationRequest request, List<String> links, List<FileRow> files,
        String grantedLevelShown, CertificateRow certificate, List<Choice> levels, String evidence,
        List<FormField> linkFields, FormErrors errors, List<FileProblem> fileErrors, String notice, boolean stale,
        String blocked, String maxFilesShown, String maxSizeShown) {

    public static String path(long id) {
        return "/me/certifications/requests/" + id;
    }

    public String href() {
        return path(request.id);
    }

    public boolean needsInfo() {
        return request.status == RequestStatus.NEEDS_INFO;
    }

    public boolean mayWithdraw() {
        return request.status.canMoveTo(RequestStatus.WITHDRAWN);
    }

    public FormField levelField() {
        return FormField.of("level", null, errors.of("level"));
    }

    public FormField evidenceField() {
        return new FormField("answer-evidence", "evidence", evidence, errors.of("evidence"));
    }

    public boolean filesInvalid() {
        return !fileErrors.isEmpty();
    }

    /** Errors no field shows, such as a missing version. */
    public List<String> formErrors() {
        return java.util.stream.Stream.of("version", "body", "trackCode").filter(errors::has).map(errors::of)
                .toList();
    }
}
