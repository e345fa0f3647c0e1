package ir.guild.registry.membership.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.membership.Application;
import ir.guild.registry.membership.ApplicationStatus;
import ir.guild.registry.membership.Decision;
import ir.guild.registry.membership.Member;
import ir.guild.registry.reference.Grade;
import ir.guild.registry.web.Language;

/**
 * An application as an admin reviews it: everything submitted, its history, and the
 * decision forms its status allows, with what the admin entered in the form they sent
 * and its errors when it was refused.
 *
 * @param member the membership created by approving it, if it was approved
 * @param stale the admin decided on a version that someone else had changed meanwhile
 */
public record ApplicationReview(Application application, List<AuditEntry> history, Member member,
        Language language, DecisionFields entered, FormErrors errors, boolean stale) {

    public static ApplicationReview of(Application application, List<AuditEntry> history, Member member,
            Language language) {
        return new ApplicationReview(application, history, member, language, DecisionFields.none(),
                FormErrors.none(), false);
    }

    /** The page again, with the decision form that was sent as entered and its errors beside its fields. */
    public ApplicationReview refused(DecisionFields sent, FormErrors sentErrors) {
        return new ApplicationReview(application, history, member, language, sent, sentErrors, false);
    }

    /** The page as it is now, telling the admin that what they decided on had changed. */
    public ApplicationReview changedMeanwhile() {
        return new ApplicationReview(application, history, member, language, DecisionFields.none(),
                FormErrors.none(), true);
    }

    public boolean mayApprove() {
        return application.status.canMoveTo(ApplicationStatus.APPROVED);
    }

    public boolean mayReject() {
        return application.status.canMoveTo(ApplicationStatus.REJECTED);
    }

    public boolean mayRequestInfo() {
        return application.status.canMoveTo(ApplicationStatus.NEEDS_INFO);
    }

    public boolean decidable() {
        return mayApprove() || mayReject() || mayRequestInfo();
    }

    public List<String> specialties() {
        return application.specialties.stream().sorted().map(s -> s.label(language.locale())).toList();
    }

    public List<Choice> grades() {
        String chosen = entered.kind() == Decision.Kind.APPROVE && entered.grade != null ? entered.grade
                : Grade.ASSOCIATE.name();
        return Arrays.stream(Grade.values())
                .map(grade -> new Choice(grade.name(), grade.label(language.locale()), grade.name().equals(chosen)))
                .toList();
    }

    public FormField gradeField() {
        return fieldOf(Decision.Kind.APPROVE, "approve-grade", "grade", null);
    }

    public FormField rejectReason() {
        return fieldOf(Decision.Kind.REJECT, "reject-reason", "reason", entered.reason);
    }

    public FormField infoReason() {
        return fieldOf(Decision.Kind.REQUEST_INFO, "info-reason", "reason", entered.reason);
    }

    /** Errors no form field shows: a missing version or an unknown decision. */
    public List<String> formErrors() {
        return Stream.of("decision", "version").filter(errors::has).map(errors::of).toList();
    }

    /** The entered value and error go to the form that was sent, and only to it. */
    private FormField fieldOf(Decision.Kind form, String id, String name, String value) {
        boolean sent = entered.kind() == form;
        return new FormField(id, name, sent ? value : null, sent ? errors.of(name) : null);
    }
}
