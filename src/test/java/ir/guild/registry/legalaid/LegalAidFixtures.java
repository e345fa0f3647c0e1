package ir.guild.registry.legalaid;

import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.web.Language;

/**
 * Members and their cases for legal-aid tests: members and filings go through the real
 * services; what counsel do to a case (assign, move, note) is written straight to the tables
 * until those transitions exist.
 */
@ApplicationScoped
public class LegalAidFixtures {

    public static final String NOTE = "Counsel only: the employer's lawyer is my cousin's colleague.";

    private final MemberFixtures members;
    private final MembershipTestData membership;
    private final LegalAidService cases;
    private final EntityManager em;

    LegalAidFixtures(MemberFixtures members, MembershipTestData membership, LegalAidService cases, EntityManager em) {
        this.members = members;
        this.membership = membership;
        this.cases = cases;
        this.em = em;
    }

    public static CaseForm form() {
        return new CaseForm("UNPAID_WAGES", "Three months of unpaid salary",
                "The company stopped paying in Mehr.\n\nI have the payslips.", "Fanavaran Co.", "COMPANY",
                "250000000", "HIGH", "EMAIL");
    }

    public static CurrentPerson person(Member member) {
        return new CurrentPerson(member.accountSubject, member.accountSubject, member.fullName, member.email,
                Set.of(Role.MEMBER));
    }

    public Member member(String subject) {
        return members.approve(subject);
    }

    /** A case filed by an active member whose account is {@code subject}. */
    public LegalAidCase filedBy(String subject) {
        return filedBy(member(subject));
    }

    public LegalAidCase filedBy(Member member) {
        return reload(cases.file(person(member), form(), Language.EN).id);
    }

    /** Moves a case as counsel would, assigned to {@code counselSubject} (or to none). */
    @Transactional
    public LegalAidCase move(long id, CaseStatus status, String counselSubject) {
        LegalAidCase legalCase = LegalAidCase.findById(id);
        legalCase.status = status;
        legalCase.assignedCounselSubject = counselSubject;
        legalCase.assignedCounselName = counselSubject;
        if (status == CaseStatus.DECLINED) {
            legalCase.declineReason = "Outside what the guild's counsel cover";
        }
        legalCase.updatedAt = Instant.now();
        em.flush();
        em.detach(legalCase);
        return legalCase;
    }

    /** An internal note written by a counsel on a case. */
    @Transactional
    public CaseEntry note(long caseId, String text) {
        CaseEntry note = new CaseEntry();
        note.caseId = caseId;
        note.kind = EntryKind.INTERNAL_NOTE;
        note.authorSubject = "counsel-subject";
        note.authorName = "Counsel";
        note.authorRole = "counsel";
        note.body = text;
        note.createdAt = Instant.now();
        note.persist();
        return note;
    }

    @Transactional
    public LegalAidCase reload(long id) {
        LegalAidCase legalCase = LegalAidCase.findById(id);
        em.detach(legalCase);
        return legalCase;
    }

    @Transactional
    public long caseCount() {
        return LegalAidCase.count();
    }

    @Transactional
    public long entryCount(long caseId) {
        return CaseEntry.count("caseId", caseId);
    }

    /** Empties the legal-aid tables, then the membership ones (which cases point at). */
    @Transactional
    public void clear() {
        em.createNativeQuery("delete from legal_aid_case").executeUpdate();
        em.createNativeQuery("delete from legal_aid_number_sequence").executeUpdate();
        membership.clear();
    }
}
