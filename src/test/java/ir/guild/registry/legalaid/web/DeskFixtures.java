package ir.guild.registry.legalaid.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.legalaid.CaseForm;
import ir.guild.registry.legalaid.CounselDesk;
import ir.guild.registry.legalaid.CounselProfile;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.LegalAidFixtures;
import ir.guild.registry.legalaid.LegalAidService;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.web.Language;

/** What the desk's page tests set up beyond {@link LegalAidFixtures}: cases of a kind, deadlines, partner firms. */
@ApplicationScoped
public class DeskFixtures {

    private final LegalAidService cases;
    private final CounselDesk desk;
    private final EntityManager em;

    DeskFixtures(LegalAidService cases, CounselDesk desk, EntityManager em) {
        this.cases = cases;
        this.desk = desk;
        this.em = em;
    }

    /** Another case of {@code member}'s, about {@code category} with {@code urgency}. */
    public LegalAidCase filed(Member member, String category, String urgency, String subject) {
        CaseForm usual = LegalAidFixtures.form();
        CaseForm form = new CaseForm(category, subject, usual.description(), usual.counterpartyName(),
                usual.counterpartyType(), usual.amountInDispute(), urgency, usual.preferredContact());
        return cases.file(LegalAidFixtures.person(member), form, Language.EN);
    }

    /** Moves the case's first-response deadline, as time passing would. */
    @Transactional
    public void dueOn(long caseId, LocalDate due) {
        em.createNativeQuery("update legal_aid_case set first_response_due = ?1 where id = ?2")
                .setParameter(1, due).setParameter(2, caseId).executeUpdate();
    }

    /** A case whose first response was due ten days ago. */
    public void overdue(long caseId) {
        dueOn(caseId, MemberFixtures.today().minusDays(10));
    }

    /** A firm registered as a partner of the guild. */
    @Transactional
    public void partnerFirm(String name, String nationalCompanyId) {
        em.createNativeQuery("""
                insert into partner_firm (name, national_company_id, contact_email, client_id, status,
                    created_at, updated_at) values (?1, ?2, 'desk@firm.test', ?3, 'ACTIVE', ?4, ?4)""")
                .setParameter(1, name).setParameter(2, nationalCompanyId).setParameter(3, "partner-" + nationalCompanyId)
                .setParameter(4, Instant.now()).executeUpdate();
    }

    public void employer(CurrentPerson counsel, String employer) {
        desk.declareEmployer(counsel, employer, Language.EN);
    }

    /** A counsel known to the desk, as after they first opened it. */
    public void knownCounsel(CurrentPerson counsel) {
        desk.profile(counsel);
    }

    @Transactional
    public List<String> knownCounselSubjects() {
        return CounselProfile.known().stream().map(profile -> profile.accountSubject).toList();
    }

    public long attach(long caseId, CurrentPerson by, String name, byte[] content) {
        return cases.attach(caseId, by, name, content, Language.EN).id;
    }

    public void message(long caseId, CurrentPerson by, String text) {
        cases.message(caseId, by, text, Language.EN);
    }
}
