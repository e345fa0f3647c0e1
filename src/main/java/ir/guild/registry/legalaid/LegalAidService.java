package ir.guild.registry.legalaid;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ir.guild.registry.audit.Actor;
import ir.guild.registry.audit.AuditEvent;
import ir.guild.registry.audit.AuditLog;
import ir.guild.registry.common.Invalid;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MembershipStandings;
import ir.guild.registry.reference.LegalAidCategory;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.Language;

/**
 * Legal-aid cases, one method per transition: a member files a case or withdraws it. Each
 * change locks the case's row, refuses a stale version or a move its status does not allow
 * with 409, and writes its timeline entry and audit entry in the same transaction.
 *
 * <p>Cases are confidential. Who may read one: the member who filed it, admins, the counsel
 * assigned to it, and any counsel while it waits unassigned in the queue (SUBMITTED or
 * TRIAGED). Anyone else is told it does not exist (404), and every read is audited.
 */
@ApplicationScoped
@Transactional
public class LegalAidService {

    public static final String ENTITY = "LegalAidCase";

    private final AuditLog audit;
    private final MembershipStandings standings;
    private final CaseNumbers numbers;
    private final EntityManager em;
    private final Clock clock = Clock.system(GuildClock.ZONE);

    LegalAidService(AuditLog audit, CaseNumbers numbers, MembershipStandings standings, EntityManager em) {
        this.audit = audit;
        this.standings = standings;
        this.numbers = numbers;
        this.em = em;
    }

    @Transactional(TxType.SUPPORTS)
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The caller's own cases, newest first, whatever became of their membership since. */
    @Transactional(TxType.SUPPORTS)
    public List<LegalAidCase> mine(CurrentPerson person) {
        return LegalAidCase.ofAccount(person.subject());
    }

    /** A case the caller may read, its reading written to the audit log; empty for anyone else. */
    public Optional<LegalAidCase> find(long id, CurrentPerson person) {
        Optional<LegalAidCase> found = LegalAidCase.<LegalAidCase>findByIdOptional(id)
                .filter(legalCase -> canRead(legalCase, person));
        found.ifPresent(legalCase -> record(readerActor(legalCase, person), "legal-aid-case.read", legalCase,
                "status " + legalCase.status));
        return found;
    }

    /**
     * The timeline {@code person} may see of a case they may read: the member who filed it never
     * gets internal notes, even when they also hold a counsel or admin role.
     */
    @Transactional(TxType.SUPPORTS)
    public List<CaseEntry> timeline(LegalAidCase legalCase, CurrentPerson person) {
        return seesInternalNotes(legalCase, person) ? CaseEntry.ofCase(legalCase.id)
                : CaseEntry.sharedOfCase(legalCase.id);
    }

    /** Whether {@code person} reads a case as its staff (internal notes included) rather than as its member. */
    public static boolean seesInternalNotes(LegalAidCase legalCase, CurrentPerson person) {
        return !isMember(legalCase, person) && canRead(legalCase, person);
    }

    /**
     * A member files a case. Only a membership that is active today may: a suspended, expired or
     * revoked one is refused with 409 naming its status; someone who was never a member, or a
     * partner firm, is refused with 403.
     */
    public LegalAidCase file(CurrentPerson person, CaseForm form, Language language) {
        Member member = activeMembership(person);
        CaseChecks checks = new CaseChecks(language);
        if (form == null) {
            checks.fields().reject("body", Invalid.REQUIRED);
            checks.throwIfInvalid();
        }
        LegalAidCategory category = checks.fields().code("category", form.category(), LegalAidCategory.class, true);
        String subject = checks.fields().text("subject", form.subject(), true, CaseChecks.SUBJECT_MAX);
        String description = checks.paragraphs("description", form.description(), true, CaseChecks.DESCRIPTION_MAX);
        String counterpartyName = checks.fields().text("counterpartyName", form.counterpartyName(), true,
                CaseChecks.COUNTERPARTY_MAX);
        CounterpartyType counterpartyType = checks.fields().code("counterpartyType", form.counterpartyType(),
                CounterpartyType.class, true);
        BigDecimal amount = checks.rials("amountInDispute", form.amountInDispute());
        Urgency urgency = checks.fields().code("urgency", form.urgency(), Urgency.class, true);
        PreferredContact contact = checks.fields().code("preferredContact", form.preferredContact(),
                PreferredContact.class, true);
        checks.throwIfInvalid();

        Instant now = Instant.now(clock);
        LegalAidCase legalCase = new LegalAidCase();
        legalCase.caseNumber = numbers.next(today());
        legalCase.memberId = member.id;
        legalCase.accountSubject = member.accountSubject;
        legalCase.memberName = member.fullName;
        legalCase.language = member.language;
        legalCase.category = category;
        legalCase.subject = subject;
        legalCase.description = description;
        legalCase.counterpartyName = counterpartyName;
        legalCase.counterpartyType = counterpartyType;
        legalCase.amountInDispute = amount;
        legalCase.urgency = urgency;
        legalCase.preferredContact = contact;
        legalCase.status = CaseStatus.SUBMITTED;
        legalCase.createdAt = now;
        legalCase.updatedAt = now;
        legalCase.persistAndFlush();
        statusEntry(legalCase, null, person, Role.MEMBER, now);
        record(asMember(person), "legal-aid-case.file", legalCase, "status: SUBMITTED; " + legalCase.caseNumber
                + "; category " + category + "; urgency " + urgency);
        return legalCase;
    }

    /** The member takes back a case that is still open, naming the version they saw. */
    public LegalAidCase withdraw(long id, Integer version, CurrentPerson person) {
        if (version == null) {
            throw ProblemException.invalid("version", Invalid.REQUIRED.message(Language.EN));
        }
        LegalAidCase legalCase = em.find(LegalAidCase.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (legalCase == null || !canRead(legalCase, person)) {
            throw noSuchCase();
        }
        if (!isMember(legalCase, person)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the member who filed a case may withdraw it");
        }
        requireVersion(legalCase, version);
        CaseStatus before = legalCase.status;
        allow(legalCase, CaseStatus.WITHDRAWN);
        Instant now = Instant.now(clock);
        legalCase.status = CaseStatus.WITHDRAWN;
        legalCase.updatedAt = now;
        statusEntry(legalCase, before, person, Role.MEMBER, now);
        record(asMember(person), "legal-aid-case.withdraw", legalCase, "status: " + before + " -> WITHDRAWN");
        em.flush();
        return legalCase;
    }

    static boolean canRead(LegalAidCase legalCase, CurrentPerson person) {
        return isMember(legalCase, person) || person.has(Role.ADMIN) || isCounselFor(legalCase, person);
    }

    static boolean isMember(LegalAidCase legalCase, CurrentPerson person) {
        return legalCase.accountSubject.equals(person.subject());
    }

    /** The counsel assigned to the case, or any counsel while it waits unassigned in the queue. */
    static boolean isCounselFor(LegalAidCase legalCase, CurrentPerson person) {
        if (!person.has(Role.COUNSEL)) {
            return false;
        }
        if (legalCase.assignedCounselSubject == null) {
            return CaseStatus.UNASSIGNED.contains(legalCase.status);
        }
        return legalCase.assignedCounselSubject.equals(person.subject());
    }

    private Member activeMembership(CurrentPerson person) {
        return standings.activeMember(person, "file a legal-aid case");
    }

    private static void statusEntry(LegalAidCase legalCase, CaseStatus from, CurrentPerson author, Role role,
            Instant at) {
        CaseEntry entry = new CaseEntry();
        entry.caseId = legalCase.id;
        entry.kind = EntryKind.STATUS_CHANGE;
        entry.authorSubject = author.subject();
        entry.authorName = author.displayName();
        entry.authorRole = role.realmRole();
        entry.fromStatus = from;
        entry.toStatus = legalCase.status;
        entry.createdAt = at;
        entry.persist();
    }

    private static void requireVersion(LegalAidCase legalCase, int version) {
        if (legalCase.version != version) {
            throw ProblemException.conflict("The case changed since you saw it (version " + version + ", now "
                    + legalCase.version + "); reload it and try again");
        }
    }

    private static void allow(LegalAidCase legalCase, CaseStatus target) {
        if (!legalCase.status.canMoveTo(target)) {
            throw ProblemException.conflict("A case that is " + legalCase.status + " cannot become " + target);
        }
    }

    private static ProblemException noSuchCase() {
        return ProblemException.notFound("No such legal-aid case");
    }

    /** The role a reader reads in: their own case as its member, otherwise as admin or counsel. */
    private static Actor readerActor(LegalAidCase legalCase, CurrentPerson person) {
        if (isMember(legalCase, person)) {
            return asMember(person);
        }
        return Actor.of(person, person.has(Role.ADMIN) ? Role.ADMIN : Role.COUNSEL);
    }

    private static Actor asMember(CurrentPerson person) {
        return Actor.of(person, Role.MEMBER);
    }

    private void record(Actor actor, String action, LegalAidCase legalCase, String summary) {
        audit.record(new AuditEvent(actor, action, ENTITY, legalCase.id.toString(), summary));
    }
}
