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
 * Members, counsel and cases for legal-aid tests, all through the real services.
 */
@ApplicationScoped
public class LegalAidFixtures {

    public static final String NOTE = "Counsel only: the employer's lawyer is my cousin's colleague.";

    private final MemberFixtures members;
    private final MembershipTestData membership;
    private final LegalAidService cases;
    private final CounselDesk desk;
    private final EntityManager em;

    LegalAidFixtures(MemberFixtures members, MembershipTestData membership, LegalAidService cases, CounselDesk desk,
            EntityManager em) {
        this.members = members;
        this.membership = membership;
        this.cases = cases;
        this.desk = desk;
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

    /** A counsel of the desk, with the account {@code subject}. */
    public static CurrentPerson counsel(String subject) {
        return new CurrentPerson(subject, subject, "Counsel " + subject, subject + "@guild.test", Set.of(Role.COUNSEL));
    }

    /** A guild admin, with the account {@code subject}. */
    public static CurrentPerson admin(String subject) {
        return new CurrentPerson(subject, subject, "Admin " + subject, subject + "@guild.test", Set.of(Role.ADMIN));
    }

    /** {@code counsel} takes the case, declaring no conflict (and acknowledging any warning). */
    public LegalAidCase claim(long id, CurrentPerson counsel) {
        desk.claim(id, counsel, reload(id).version, true, true, Language.EN);
        return reload(id);
    }

    /** {@code admin} assigns the case to {@code counsel}, who has used the desk before. */
    public LegalAidCase assign(long id, CurrentPerson admin, CurrentPerson counsel) {
        desk.profile(counsel);
        desk.assign(id, admin, counsel.subject(), reload(id).version, Language.EN);
        return reload(id);
    }

    /** {@code counsel} takes the case and starts work on it. */
    public LegalAidCase working(long id, CurrentPerson counsel) {
        claim(id, counsel);
        return move(id, counsel, CaseStatus.IN_PROGRESS, null);
    }

    /** The case's counsel (or an admin) moves it to {@code status}, with an optional message or reason. */
    public LegalAidCase move(long id, CurrentPerson by, CaseStatus status, String text) {
        desk.changeStatus(id, by, new CaseStatusChange(status.name(), reload(id).version,
                status == CaseStatus.DECLINED ? text : null, status == CaseStatus.DECLINED ? null : text, status == CaseStatus.IN_PROGRESS ? Boolean.TRUE : null),
                Language.EN);
        return reload(id);
    }

    /** An internal note written by {@code by} on a case. */
    public CaseEntry note(long caseId, CurrentPerson by, String text) {
        return desk.note(caseId, by, text, Language.EN);
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

    /** Empties the legal-aid tables with the membership ones (which cases point at). */
    @Transactional
    public void clear() {
        membership.clear();
    }
}
