package ir.guild.registry.legalaid.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.legalaid.CaseStatus;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.Urgency;
import ir.guild.registry.reference.LegalAidCategory;

/** A case in a list: enough to recognise it, without its description or timeline. */
@Schema(name = "LegalAidCaseSummary")
public record CaseSummary(long id, String caseNumber, CaseStatus status, LegalAidCategory category, String subject,
        Urgency urgency, Instant createdAt, Instant updatedAt, int version) {

    static CaseSummary of(LegalAidCase legalCase) {
        return new CaseSummary(legalCase.id, legalCase.caseNumber, legalCase.status, legalCase.category,
                legalCase.subject, legalCase.urgency, legalCase.createdAt, legalCase.updatedAt, legalCase.version);
    }
}
