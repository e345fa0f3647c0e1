package ir.guild.registry.legalaid;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.common.SampleFiles;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.web.Language;

/**
 * What the API tests of legal aid put on a case beforehand through the services (documents,
 * messages), the partner firms they match counterparties against, and what they count after a
 * refused request to show it changed nothing.
 */
@ApplicationScoped
public class CaseRecords {

    private final LegalAidService cases;
    private final EntityManager em;

    CaseRecords(LegalAidService cases, EntityManager em) {
        this.cases = cases;
        this.em = em;
    }

    /** A PDF added to the case by {@code by}. */
    public LegalAidDocument pdf(long caseId, CurrentPerson by, String fileName) {
        return cases.attach(caseId, by, fileName, SampleFiles.PDF, Language.EN);
    }

    public CaseEntry message(long caseId, CurrentPerson by, String text) {
        return cases.message(caseId, by, text, Language.EN);
    }

    /** A registered partner firm, written straight into its table: partners have no service of their own yet. */
    @Transactional
    public void partnerFirm(String name, String companyId) {
        em.createNativeQuery("""
                insert into partner_firm (name, national_company_id, contact_email, client_id, status, created_at,
                    updated_at) values (?1, ?2, ?3, ?4, 'ACTIVE', ?5, ?5)""")
                .setParameter(1, name).setParameter(2, companyId).setParameter(3, "hr@" + companyId + ".test")
                .setParameter(4, "partner-" + companyId).setParameter(5, Instant.now()).executeUpdate();
    }

    @Transactional
    public long documentCount(long caseId) {
        return LegalAidDocument.count("caseId", caseId);
    }

    @Transactional
    public long auditCount() {
        return AuditEntry.count();
    }
}
