package ir.guild.registry.legalaid.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.legalaid.CaseEntry;
import ir.guild.registry.legalaid.CaseStatus;
import ir.guild.registry.legalaid.CounterpartyType;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.PreferredContact;
import ir.guild.registry.legalaid.Urgency;
import ir.guild.registry.reference.LegalAidCategory;

/**
 * A case with its timeline. The member's view is built with {@link #forMember}, which keeps
 * only what is shared with them whatever it is given; internal notes appear only in the view
 * made {@link #forStaff} for counsel and admins.
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
        LocalDate firstResponseDue,
        Instant createdAt,
        Instant updatedAt,
        int version,
        @Schema(description = "Oldest first") List<EntryView> timeline) {

    static CaseView forMember(LegalAidCase legalCase, List<CaseEntry> timeline) {
        return of(legalCase, timeline.stream().filter(entry -> entry.kind.sharedWithMember()).toList());
    }

    static CaseView forStaff(LegalAidCase legalCase, List<CaseEntry> timeline) {
        return of(legalCase, timeline);
    }

    private static CaseView of(LegalAidCase legalCase, List<CaseEntry> timeline) {
        return new CaseView(legalCase.id, legalCase.caseNumber, legalCase.status, legalCase.category,
                legalCase.subject, legalCase.description, legalCase.counterpartyName, legalCase.counterpartyType,
                legalCase.amountInDispute, legalCase.urgency, legalCase.preferredContact, legalCase.memberName,
                legalCase.assignedCounselName, legalCase.declineReason, legalCase.firstResponseDue,
                legalCase.createdAt, legalCase.updatedAt, legalCase.version,
                timeline.stream().map(EntryView::of).toList());
    }
}
