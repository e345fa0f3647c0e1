package ir.guild.registry.legalaid;

import java.time.Instant;
import java.time.LocalDate;

import ir.guild.registry.reference.LegalAidCategory;

/**
 * What statistics may know of a case: its number, kind, progress and timing, never what it is
 * about or who is in it.
 */
public record CaseFigures(Long id, String caseNumber, LegalAidCategory category, Urgency urgency,
        CaseStatus status, Instant createdAt, LocalDate firstResponseDue, Instant firstRespondedAt,
        String assignedCounselSubject) {

    public boolean responded() {
        return firstRespondedAt != null;
    }

    /** Responded by the end (Tehran midnight) of the day the first response was due. */
    public boolean respondedOnTime() {
        return responded() && firstRespondedAt.isBefore(WorkingDays.endOf(firstResponseDue));
    }

    public boolean counselAssigned() {
        return assignedCounselSubject != null;
    }
}
