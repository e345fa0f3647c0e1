package ir.guild.registry.certification.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;



import ir.guild.registry.certification.Certificate;
import ir.guild.registry.certification.CertificateStatus;
import ir.guild.registry.certification.Certificates;
import ir.guild.registry.certification.CertificationRequest;
import ir.guild.registry.certification.EvidenceFile;
import ir.guild.registry.certification.RequestStatus;
import ir.guild.registry.certification.Track;
import ir.guild.registry.common.FieldError;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.membership.web.Choice;
import ir.guild.registry.membership.web.FormField;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.LocalDigits;

/**
 * What the member's, the assessors' and the admins' certification pages show of requests,
 * certificates and evidence files, in the page's language and digits.
 */
public final class CertificationViews {

    /** Link fields a form shows; the service takes more from API clients. */
    static final int LINK_FIELDS = 5;

    private CertificationViews() {
    }

    /** A request in a list: the member's own, or the assessors' queue. */
    public record RequestRow(long id, String trackCode, String trackTitle, String levelShown, RequestStatus status,
            String tone, Instant submittedAt, Instant updatedAt, String holderName, String holderNameLatin,
            String membershipNumber, String decisionReason) {
    }

    /** A certificate in a list, its status today in words and colour. */
    public record CertificateRow(long id, String code, String trackTitle, String levelShown, LocalDate issuedOn,
            LocalDate expiresOn, CertificateStatus status, String tone, String revocationReason, int version,
            String holderName, String holderNameLatin, String membershipNumber) {

        public boolean revoked() {
            return status == CertificateStatus.REVOKED;
        }

        public String printHref() {
            return "/me/certifications/" + id + "/print";
        }

        public String verifyHref() {
            return "/verify/" + code;
        }

        public String credentialHref() {
            return "/api/v1/certificates/" + id + "/credential";
        }
    }

    /** An evidence file as a link to download it. */
    public record FileRow(long id, String name, String mediaType, String sizeShown, Instant uploadedAt, String href) {
    }

    static RequestRow requestRow(CertificationRequest request, Language language) {
        return new RequestRow(request.id, request.track.code, request.track.title(language),
                LocalDigits.of(request.level, language), request.status, tone(request.status), request.submittedAt,
                request.updatedAt, request.holderName, request.holderNameLatin, request.membershipNumber,
                request.decisionReason);
    }

    static CertificateRow certificateRow(Certificates.Checked checked, Language language) {
        Certificate certificate = checked.certificate();
        return new CertificateRow(certificate.id, certificate.displayCode(), certificate.track.title(language),
                LocalDigits.of(certificate.level, language), certificate.issuedOn, certificate.expiresOn,
                checked.status(), VerifyPage.tone(checked.status()), certificate.revocationReason, certificate.version,
                certificate.holderName, certificate.holderNameLatin, certificate.membershipNumber);
    }

    static List<FileRow> fileRows(List<EvidenceFile> files, String hrefPrefix, Language language) {
        return files.stream().map(file -> new FileRow(file.id, file.fileName, file.mediaType,
                LocalDigits.kilobytes(file.sizeBytes, language), file.uploadedAt, hrefPrefix + file.id)).toList();
    }

    /** The Bootstrap colour of a request's status; the words always go with it. */
    static String tone(RequestStatus status) {
        return switch (status) {
            case SUBMITTED -> "primary";
            case NEEDS_INFO -> "warning";
            case GRANTED -> "success";
            case DENIED -> "danger";
            case WITHDRAWN -> "secondary";
        };
    }

    /** Level choices 1 to {@code highest}, with {@code chosen} selected. */
    static List<Choice> levels(int highest, String chosen, Language language) {
        String wanted = PersianText.normalizeNumeric(chosen);
        List<Choice> levels = new ArrayList<>();
        for (int level = 1; level <= highest; level++) {
            levels.add(new Choice(Integer.toString(level), LocalDigits.of(level, language),
                    Integer.toString(level).equals(wanted)));
        }
        return levels;
    }

    static List<Choice> tracks(List<Track> tracks, String chosen, Language language) {
        String wanted = chosen == null ? "" : chosen.trim();
        return tracks.stream().map(track -> new Choice(track.code, track.title(language),
                track.code.equalsIgnoreCase(wanted))).toList();
    }

    /**
     * The link fields of a form: at least {@link #LINK_FIELDS}, each with its value and the error
     * the service gave for its position ({@code links[2]}).
     */
    static List<FormField> linkFields(String idPrefix, List<String> values, List<FieldError> errors) {
        List<String> given = values == null ? List.of() : values;
        List<FormField> fields = new ArrayList<>();
        for (int i = 0; i < Math.max(LINK_FIELDS, given.size()); i++) {
            String name = "links[" + i + "]";
            String error = errors.stream().filter(e -> e.field().equals(name)).map(FieldError::message).findFirst()
                    .orElse(null);
            fields.add(new FormField(idPrefix + (i + 1), "links", i < given.size() ? given.get(i) : "", error));
        }
        return fields;
    }
}
