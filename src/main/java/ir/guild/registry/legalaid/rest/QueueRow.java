package ir.guild.registry.legalaid.rest;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.legalaid.CaseStatus;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.SlaState;
import ir.guild.registry.legalaid.Urgency;
import ir.guild.registry.reference.LegalAidCategory;

/** A case in the desk's queue: what a counsel needs to choose one, without its description or timeline. */
@Schema(name = "LegalAidQueueRow")
public record QueueRow(long id, String caseNumber, CaseStatus status, LegalAidCategory category, Urgency urgency,
        String subject, String counterpartyName, String memberName, String assignedCounselName, Instant createdAt,
        LocalDate firstResponseDue,
        @Schema(description = "ON_TIME, DUE_SOON, OVERDUE or MET; null once the SLA no longer applies") SlaState slaState,
        @Schema(description = "The version to name when claiming the case") int version) {

    static QueueRow of(LegalAidCase legalCase, SlaState sla) {
        return new QueueRow(legalCase.id, legalCase.caseNumber, legalCase.status, legalCase.category,
                legalCase.urgency, legalCase.subject, legalCase.counterpartyName, legalCase.memberName,
                legalCase.assignedCounselName, legalCase.createdAt, legalCase.firstResponseDue, sla,
                legalCase.version);
    }
}
