package ir.guild.registry.legalaid.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import ir.guild.registry.legalaid.CaseStatus;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.SlaState;
import ir.guild.registry.legalaid.Urgency;
import ir.guild.registry.web.Language;

/**
 * A case as the desk lists it: what it is about, whose it is, who handles it and where it
 * stands against its first-response deadline.
 *
 * @param counselName the assigned counsel's name, null while nobody is
 * @param sla null once the deadline no longer applies (closed without an answer)
 */
public record CaseRow(long id, String caseNumber, String subject, String categoryLabel, Urgency urgency,
        CaseStatus status, String memberName, String counselName, Instant filedAt, LocalDate firstResponseDue,
        SlaState sla) {

    public static CaseRow of(LegalAidCase legalCase, Optional<SlaState> sla, Language language) {
        return new CaseRow(legalCase.id, legalCase.caseNumber, legalCase.subject,
                legalCase.category.label(language.locale()), legalCase.urgency, legalCase.status,
                legalCase.memberName, legalCase.assignedCounselName, legalCase.createdAt, legalCase.firstResponseDue,
                sla.orElse(null));
    }

    public String href() {
        return CounselPage.casePath(id);
    }

    /** The deadline's state as the page marks it, NONE when it no longer applies. */
    public String slaCode() {
        return sla == null ? "NONE" : sla.name();
    }

    /** The Bootstrap colour of the deadline's state; the words always go with it. */
    public String slaTone() {
        if (sla == null) {
            return "light";
        }
        return switch (sla) {
            case ON_TIME -> "success";
            case DUE_SOON -> "warning";
            case OVERDUE -> "danger";
            case MET -> "secondary";
        };
    }
}
