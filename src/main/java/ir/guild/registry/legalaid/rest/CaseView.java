package ir.guild.registry.legalaid.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import ir.guild.registry.legalaid.CaseEntry;
import ir.guild.registry.legalaid.CaseStatus;
import ir.guild.registry.legalaid.ConflictWarning;
import ir.guild.registry.legalaid.CounterpartyType;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.PreferredContact;
import ir.guild.registry.legalaid.SlaState;
import ir.guild.registry.legalaid.Urgency;
import ir.guild.registry.reference.LegalAidCategory;

/**
 * A case with its timeline. The member's view is built with {@link #forMember}, which keeps
 * only what is shared with them whatever it is given; internal notes appear only in the view
 * made {@link #forStaff} for counsel and admins, which alone also carries the counsel's
 * declaration of no conflict and what the reader is warned about before taking the case.
 */
@Schema(name = "LegalAidCase")
public record CaseView(
        long id,
        @Schema(example = "LA-1405-00042") String caseNumber,
        CaseStatus status,
        LegalAidCategory category,
        String subject,
        String description,
        String counterpartyName,
        CounterpartyType counterpartyType,
        @Schema(description = "In Rials") BigDecimal amountInDispute,
        Urgency urgency,
        PreferredContact preferredContact,
        String memberName,
        String assignedCounselName,
        String declineReason,
        @Schema(description = "The last Tehran day on which the desk's first response is on time")
        LocalDate firstResponseDue,
        @Schema(description = "Where the case stands against that deadline; null once it no longer applies "
                + "(the case ended before anyone responded)") SlaState slaState,
        Instant createdAt,
        Instant updatedAt,
        int version,
        @Schema(description = "Oldest first") List<EntryView> timeline,
        @Schema(description = "Oldest first, without their content") List<DocumentView> documents,
        @Schema(description = "When the assigned counsel declared no conflict of interest; counsel and admins only")
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant conflictDeclaredAt,
        @Schema(description = "What the reader is warned about before taking the case: its counterparty matches a "
                + "partner firm or their own declared employer; counsel and admins only")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ConflictWarning> conflictWarnings) {

    static CaseView forMember(LegalAidCase legalCase, List<CaseEntry> timeline, SlaState sla,
            List<DocumentView> documents) {
        return of(legalCase, timeline.stream().filter(entry -> entry.kind.sharedWithMember()).toList(), sla,
                documents, null, null);
    }

    static CaseView forStaff(LegalAidCase legalCase, List<CaseEntry> timeline, SlaState sla,
            List<DocumentView> documents, List<ConflictWarning> warnings) {
        return of(legalCase, timeline, sla, documents, legalCase.conflictDeclaredAt, List.copyOf(warnings));
    }

    private static CaseView of(LegalAidCase legalCase, List<CaseEntry> timeline, SlaState sla,
            List<DocumentView> documents, Instant conflictDeclaredAt, List<ConflictWarning> warnings) {
        return new CaseView(legalCase.id, legalCase.caseNumber, legalCase.status, legalCase.category,
                legalCase.subject, legalCase.description, legalCase.counterpartyName, legalCase.counterpartyType,
                legalCase.amountInDispute, legalCase.urgency, legalCase.preferredContact, legalCase.memberName,
                legalCase.assignedCounselName, legalCase.declineReason, legalCase.firstResponseDue, sla,
                legalCase.createdAt, legalCase.updatedAt, legalCase.version,
                timeline.stream().map(EntryView::of).toList(), documents, conflictDeclaredAt, warnings);
    }
}
