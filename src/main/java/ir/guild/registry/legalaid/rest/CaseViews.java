package ir.guild.registry.legalaid.rest;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.legalaid.CounselDesk;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.LegalAidService;

/**
 * A case as its reader may see it, for every resource that answers one: the member's view
 * without internal notes, or the staff view with them, the declaration of no conflict and the
 * reader's conflict warnings.
 */
@ApplicationScoped
class CaseViews {

    private final LegalAidService cases;
    private final CounselDesk desk;

    CaseViews(LegalAidService cases, CounselDesk desk) {
        this.cases = cases;
        this.desk = desk;
    }

    CaseView of(LegalAidCase legalCase, CurrentPerson person) {
        List<DocumentView> documents = documents(legalCase);
        var sla = cases.sla(legalCase).orElse(null);
        if (LegalAidService.seesInternalNotes(legalCase, person)) {
            return CaseView.forStaff(legalCase, cases.timeline(legalCase, person), sla, documents,
                    desk.warnings(legalCase, person));
        }
        return CaseView.forMember(legalCase, cases.timeline(legalCase, person), sla, documents);
    }

    List<DocumentView> documents(LegalAidCase legalCase) {
        return cases.documents(legalCase).stream().map(DocumentView::of).toList();
    }
}
