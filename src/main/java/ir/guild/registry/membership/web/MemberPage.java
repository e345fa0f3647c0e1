package ir.guild.registry.membership.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ir.guild.registry.audit.HistoryLine;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberStatus;
import ir.guild.registry.web.Language;

/**
 * What one member's page shows: the member, their status today, their history, and the
 * state of the action forms after a refused submission.
 */
public record MemberPage(Member member, MemberStatus status, List<HistoryLine> history, LocalDate renewedUntil,
        Form form, String done, Language language) {

    static final Set<String> ACTIONS = Set.of("suspend", "reinstate", "revoke", "renew");

    /**
     * A submitted form shown again: which action, what was typed, the error of each field;
     * or, after a 409, no form at all but the conflict alert.
     */
    public record Form(String action, String reason, boolean confirmed, Map<String, String> errors,
            boolean conflict) {

        static final Form NONE = new Form(null, null, false, Map.of(), false);
        static final Form CONFLICT = new Form(null, null, false, Map.of(), true);

        Form withErrors(Map<String, String> fieldErrors) {
            return new Form(action, reason, confirmed, Map.copyOf(fieldErrors), false);
        }

        /** The error of {@code field} in the form of {@code form}, or null. */
        public String error(String form, String field) {
            return form.equals(action) ? errors.get(field) : null;
        }

        /** What was typed as the reason in the form of {@code form}, so nothing typed is lost. */
        public String reasonOf(String form) {
            return form.equals(action) && reason != null ? reason : "";
        }

        public boolean confirmedIn(String form) {
            return form.equals(action) && confirmed;
        }
    }

    public boolean canSuspend() {
        return status.next().contains(MemberStatus.SUSPENDED);
    }

    public boolean canReinstate() {
        return status.next().contains(MemberStatus.ACTIVE);
    }

    public boolean canRevoke() {
        return status.next().contains(MemberStatus.REVOKED);
    }

    public boolean canRenew() {
        return status != MemberStatus.REVOKED;
    }

    public String badge() {
        return badge(status);
    }

    public String gradeLabel() {
        return member.grade.label(language.locale());
    }

    public String provinceLabel() {
        return member.province.label(language.locale());
    }

    public List<String> specialtyLabels() {
        return member.specialties.stream().sorted().map(specialty -> specialty.label(language.locale())).toList();
    }

    /** Bootstrap's colours for a status, always with words beside them: green, amber, grey, red. */
    static String badge(MemberStatus status) {
        return switch (status) {
            case ACTIVE -> "text-bg-success";
            case SUSPENDED -> "text-bg-warning";
            case EXPIRED -> "text-bg-secondary";
            case REVOKED -> "text-bg-danger";
        };
    }
}
