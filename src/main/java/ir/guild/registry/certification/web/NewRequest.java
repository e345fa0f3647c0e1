package ir.guild.registry.certification.web;

import java.util.List;

import ir.guild.registry.membership.web.Choice;
import ir.guild.registry.membership.web.FormErrors;
import ir.guild.registry.membership.web.FormField;
import ir.guild.registry.web.FormUploads.FileProblem;

/**
 * The form a member fills in to request a certification, as the page draws it: the values to
 * show (blank, or as typed when refused), an error by each field, and, for someone who cannot
 * request now, why not instead of the form.
 *
 * @param blocked {@code NOT_MEMBER}, {@code SUSPENDED}, {@code EXPIRED} or {@code REVOKED} when
 *        the membership does not allow a request today, else null
 * @param fileErrors what was wrong with the files sent, each naming its file
 * @param openRequestId the member's open request on the chosen track, when that is why the form was refused
 * @param maxFilesShown how many files a request may hold, in the page's digits
 * @param maxSizeShown how large each file may be, in megabytes and the page's digits
 */
public record NewRequest(String blocked, List<Choice> tracks, List<Choice> levels, String evidence,
        List<FormField> links, FormErrors errors, List<FileProblem> fileErrors, Long openRequestId, String maxFilesShown,
        String maxSizeShown) {

    public static final String PATH = "/me/certifications/new";

    public boolean mayRequest() {
        return blocked == null;
    }

    public boolean invalid() {
        return !errors.isEmpty() || !fileErrors.isEmpty();
    }

    public FormField trackField() {
        return FormField.of("trackCode", null, errors.of("trackCode"));
    }

    public FormField levelField() {
        return FormField.of("level", null, errors.of("level"));
    }

    public FormField evidenceField() {
        return FormField.of("evidence", evidence, errors.of("evidence"));
    }

    public boolean filesInvalid() {
        return !fileErrors.isEmpty();
    }
}
