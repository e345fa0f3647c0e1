package ir.guild.registry.certification.web;

import java.util.List;
import java.util.stream.Stream;

import ir.guild.registry.certification.CertificationRequest;
import ir.guild.registry.certification.DecisionForm;
import ir.guild.registry.certification.RequestStatus;
import ir.guild.registry.certification.web.CertificationViews.CertificateRow;
import ir.guild.registry.certification.web.CertificationViews.FileRow;
import ir.guild.registry.certification.web.CertificationViews.RequestRow;
import ir.guild.registry.membership.web.Choice;
import ir.guild.registry.membership.web.FormErrors;
import ir.guild.registry.membership.web.FormField;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.web.Language;

/**
 * A request as an assessor reviews it: the requester, the evidence, the requester's
 * certificates, and the decisions its status allows, with what the assessor entered in the
 * form they sent and its errors when it was refused.
 *
 * @param own the request is the assessor's own: it is shown, but no decision is offered
 * @param sent which decision form was sent, when the page shows it refused; else null
 * @param stale the assessor decided on a version that had changed meanwhile
 */
public record AssessorReview(RequestRow row, CertificationRequest request, List<String> links, List<FileRow> files,
        List<CertificateRow> certificates, String grantedLevelShown, boolean own, Language language,
        DecisionForm.Kind sent, String sentLevel, String sentReason, FormErrors errors, boolean stale) {

    static String path(long id) {
        return AssessorQueue.PATH + "/requests/" + id;
    }

    public String href() {
        return path(request.id);
    }

    public String decisionAction() {
        return href() + "/decision";
    }

    public String membershipNumberShown() {
        return LocalDigits.of(request.membershipNumber, language);
    }

    public boolean mayGrant() {
        return !own && request.status.canMoveTo(RequestStatus.GRANTED);
    }

    public boolean mayDeny() {
        return !own && request.status.canMoveTo(RequestStatus.DENIED);
    }

    public boolean mayRequestInfo() {
        return !own && request.status.canMoveTo(RequestStatus.NEEDS_INFO);
    }

    public boolean decidable() {
        return mayGrant() || mayDeny() || mayRequestInfo();
    }

    /** The levels a grant may give: the track's, up to the one asked for, that one chosen unless another was sent. */
    public List<Choice> grantLevels() {
        String chosen = sent == DecisionForm.Kind.GRANT && sentLevel != null ? sentLevel
                : Integer.toString(request.level);
        return CertificationViews.levels(Math.min(request.level, request.track.highestLevel()), chosen, language);
    }

    public FormField grantLevel() {
        return field(DecisionForm.Kind.GRANT, "grant-level", "level", null);
    }

    public FormField grantNote() {
        return field(DecisionForm.Kind.GRANT, "grant-note", "reason", sentReason);
    }

    public FormField denyReason() {
        return field(DecisionForm.Kind.DENY, "deny-reason", "reason", sentReason);
    }

    public FormField infoReason() {
        return field(DecisionForm.Kind.REQUEST_INFO, "info-reason", "reason", sentReason);
    }

    /** Errors no form field shows: a missing version or an unknown decision. */
    public List<String> formErrors() {
        return Stream.of("decision", "version").filter(errors::has).map(errors::of).toList();
    }

    /** The entered value and error go to the form that was sent, and only to it. */
    private FormField field(DecisionForm.Kind form, String id, String name, String value) {
        boolean isSent = sent == form;
        return new FormField(id, name, isSent ? value : null, isSent ? errors.of(name) : null);
    }
}
