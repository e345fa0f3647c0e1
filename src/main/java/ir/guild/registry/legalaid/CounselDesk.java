package ir.guild.registry.legalaid;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.panache.common.Sort;

import ir.guild.registry.common.Invalid;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.reference.LegalAidCategory;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.Language;

/**
 * The counsel's side of the legal-aid desk: the queue, taking a case (after declaring no
 * conflict of interest), an admin's assignment, status moves and internal notes.
 *
 * <p>Who may do what: any counsel triages or declines a case while it waits unassigned, and
 * takes it; an admin assigns it to a counsel; once assigned, its counsel and admins move it on.
 * Nobody handles a case they filed themselves. A case someone may not read does not exist for
 * them (404); a member acting on their own case as staff is refused (403).
 *
 * <p>The first response to the member, which stops the SLA, is the desk's first message to
 * them or its first move they are told about beyond bookkeeping: IN_PROGRESS, AWAITING_MEMBER,
 * RESOLVED, CLOSED or DECLINED. Triage and assignment alone are not an answer.
 */
@ApplicationScoped
@Transactional
public class CounselDesk {

    /** Which cases a queue shows. */
    public enum Scope {
        /** Waiting for a counsel: SUBMITTED or TRIAGED, nobody assigned. */
        UNASSIGNED,
        /** Assigned to the caller. */
        MINE,
        /** For counsel, both of the above; for admins, every case. */
        ALL
    }

    /** The filters of a queue; null means any. */
    public record QueueFilter(Scope scope, CaseStatus status, LegalAidCategory category, Urgency urgency) {
    }

    private final CaseLog log;
    private final ConflictChecks conflicts;
    private final LegalAidMails mails;
    private final EntityManager em;
    private final Clock clock = Clock.system(GuildClock.ZONE);

    CounselDesk(CaseLog log, ConflictChecks conflicts, LegalAidMails mails, EntityManager em) {
        this.log = log;
        this.conflicts = conflicts;
        this.mails = mails;
        this.em = em;
    }

    /** One page of the queue the caller may see, oldest first: counsel see unassigned cases and their own. */
    @Transactional(TxType.SUPPORTS)
    public List<LegalAidCase> queue(CurrentPerson person, QueueFilter filter, int page, int size) {
        Query query = query(person, filter);
        return LegalAidCase.<LegalAidCase>find(query.where, Sort.ascending("createdAt", "id"), query.parameters)
                .page(page, size).list();
    }

    @Transactional(TxType.SUPPORTS)
    public long countQueue(CurrentPerson person, QueueFilter filter) {
        Query query = query(person, filter);
        return LegalAidCase.count(query.where, query.parameters);
    }

    /**
     * How many cases of the caller's queue (every case, for admins) are overdue: open, unanswered,
     * and past their first-response day, as of today in Tehran.
     */
    @Transactional(TxType.SUPPORTS)
    public long countOverdue(CurrentPerson person) {
        Query query = overdueQuery(person);
        return LegalAidCase.count(query.where, query.parameters);
    }

    /** The first {@code limit} of those overdue cases, the longest overdue first. */
    @Transactional(TxType.SUPPORTS)
    public List<LegalAidCase> overdue(CurrentPerson person, int limit) {
        Query query = overdueQuery(person);
        return LegalAidCase.<LegalAidCase>find(query.where, Sort.ascending("firstResponseDue", "createdAt", "id"),
                query.parameters).page(0, limit).list();
    }

    /** What the caller is warned about before taking the case: its counterparty against partners and their employer. */
    @Transactional(TxType.SUPPORTS)
    public List<ConflictWarning> warnings(LegalAidCase legalCase, CurrentPerson person) {
        return conflicts.warnings(legalCase, CounselProfile.findById(person.subject()));
    }

    /** The caller's counsel profile, written on first use and kept in step with their account's name and email. */
    public CounselProfile profile(CurrentPerson person) {
        requireCounsel(person);
        em.createNativeQuery("""
                insert into counsel_profile (account_subject, display_name, email, updated_at)
                values (?1, ?2, ?3, ?4)
                on conflict (account_subject) do update set display_name = excluded.display_name,
                    email = excluded.email, updated_at = excluded.updated_at
                where counsel_profile.display_name is distinct from excluded.display_name
                    or counsel_profile.email is distinct from excluded.email""")
                .setParameter(1, person.subject()).setParameter(2, person.displayName())
                .setParameter(3, person.email()).setParameter(4, Instant.now(clock)).executeUpdate();
        CounselProfile profile = CounselProfile.findById(person.subject());
        em.refresh(profile);
        return profile;
    }

    /** A counsel declares who they work for besides the guild (blank: nobody), for the conflict checks. */
    public CounselProfile declareEmployer(CurrentPerson person, String employer, Language language) {
        CounselProfile profile = profile(person);
        CaseChecks checks = new CaseChecks(language);
        String declared = checks.fields().text("employer", employer, false, CaseChecks.COUNTERPARTY_MAX);
        checks.throwIfInvalid();
        profile.employer = declared;
        profile.updatedAt = Instant.now(clock);
        log.audit(person, Role.COUNSEL, "counsel-profile.employer", "CounselProfile", person.subject(),
                declared == null ? "no employer declared"
                : "employer declared");
        return profile;
    }

    /**
     * A counsel takes an unassigned case, declaring no conflict of interest; when its counterparty
     * matches a partner firm or their declared employer, they must also acknowledge that warning.
     * A SUBMITTED case is triaged on the way.
     */
    public LegalAidCase claim(long id, CurrentPerson person, Integer version, boolean noConflict,
            boolean warningsAcknowledged, Language language) {
        requireCounsel(person);
        LegalAidCase legalCase = LegalAidService.lockReadable(id, person, em);
        requireStaff(legalCase, person);
        requireVersion(legalCase, version, language);
        if (legalCase.assignedCounselSubject != null) {
            throw ProblemException.conflict("The case is already assigned to " + legalCase.assignedCounselName);
        }
        // A SUBMITTED case is triaged on the way; a TRIAGED one moves straight to ASSIGNED.
        LegalAidService.allow(legalCase, legalCase.status == CaseStatus.SUBMITTED ? CaseStatus.TRIAGED
                : CaseStatus.ASSIGNED);
        CounselProfile profile = profile(person);
        List<ConflictWarning> warnings = conflicts.warnings(legalCase, profile);
        CaseChecks checks = new CaseChecks(language);
        if (!noConflict) {
            checks.reject("noConflict", LegalAidInvalid.NO_CONFLICT_REQUIRED);
        }
        if (!warnings.isEmpty() && !warningsAcknowledged) {
            checks.reject("warningsAcknowledged", LegalAidInvalid.WARNINGS_NOT_ACKNOWLEDGED, warnings.stream()
                    .map(ConflictWarning::name).collect(Collectors.joining("، ")));
        }
        checks.throwIfInvalid();

        Instant now = Instant.now(clock);
        CaseStatus before = legalCase.status;
        assignTo(legalCase, profile, person, Role.COUNSEL, now);
        legalCase.conflictDeclaredAt = now;
        legalCase.conflictDeclaredBy = person.subject();
        log.audit(person, Role.COUNSEL, "legal-aid-case.claim", legalCase, "status: " + before + " -> ASSIGNED; "
                + "no conflict declared" + (warnings.isEmpty() ? "" : "; warnings acknowledged: " + warnings.stream()
                        .map(warning -> warning.kind().name()).collect(Collectors.joining(", "))));
        mails.statusChanged(legalCase, before, null);
        em.flush();
        return legalCase;
    }

    /**
     * An admin assigns an open case to a counsel known to the desk, or hands it to another one.
     * The counsel declares no conflict of interest when they start work on it.
     */
    public LegalAidCase assign(long id, CurrentPerson admin, String counselSubject, Integer version,
            Language language) {
        if (!admin.has(Role.ADMIN)) {
            if (LegalAidCase.<LegalAidCase>findByIdOptional(id).filter(c -> LegalAidService.canRead(c, admin))
                    .isEmpty()) {
                throw LegalAidService.noSuchCase();
            }
            throw new ProblemException(ProblemType.FORBIDDEN, "Only admins assign a case to a counsel");
        }
        LegalAidCase legalCase = LegalAidService.lockReadable(id, admin, em);
        requireStaff(legalCase, admin);
        requireVersion(legalCase, version, language);
        CaseChecks checks = new CaseChecks(language);
        CounselProfile counsel = null;
        if (counselSubject == null || counselSubject.isBlank()) {
            checks.fields().reject("counselSubject", Invalid.REQUIRED);
        } else {
            // An account subject never holds a NUL, and PostgreSQL refuses one even in a lookup.
            counsel = counselSubject.indexOf('\0') >= 0 ? null : CounselProfile.findById(counselSubject.strip());
            if (counsel == null || counsel.accountSubject.equals(legalCase.accountSubject)) {
                checks.reject("counselSubject", LegalAidInvalid.NOT_A_COUNSEL);
            }
        }
        checks.throwIfInvalid();
        if (!legalCase.status.isOpen()) {
            throw ProblemException.conflict("A case that is " + legalCase.status + " cannot be assigned");
        }
        if (counsel.accountSubject.equals(legalCase.assignedCounselSubject)) {
            return legalCase;
        }
        Instant now = Instant.now(clock);
        CaseStatus before = legalCase.status;
        String previous = legalCase.assignedCounselSubject;
        assignTo(legalCase, counsel, admin, Role.ADMIN, now);
        legalCase.conflictDeclaredAt = null;
        legalCase.conflictDeclaredBy = null;
        log.audit(admin, Role.ADMIN, "legal-aid-case.assign", legalCase, "status: " + before + " -> "
                + legalCase.status + "; counsel " + (previous == null ? "" : previous + " -> ") + counsel.accountSubject);
        if (before != legalCase.status) {
            mails.statusChanged(legalCase, before, null);
        }
        em.flush();
        return legalCase;
    }

    /**
     * Counsel or an admin move a case on, optionally with a message to the member sent with the
     * move. Declining needs a reason for the member; starting work needs the assigned counsel's
     * declaration of no conflict, which they may give with this move.
     */
    public LegalAidCase changeStatus(long id, CurrentPerson person, CaseStatusChange change, Language language) {
        LegalAidCase legalCase = LegalAidService.lockReadable(id, person, em);
        requireStaff(legalCase, person);
        CaseChecks checks = new CaseChecks(language);
        CaseStatus target = checks.fields().code("status", change.status(), CaseStatus.class, true);
        if (target == CaseStatus.ASSIGNED) {
            checks.reject("status", LegalAidInvalid.ASSIGN_INSTEAD);
        } else if (target == CaseStatus.WITHDRAWN) {
            checks.reject("status", LegalAidInvalid.MEMBER_WITHDRAWS);
        }
        String reason = checks.paragraphs("reason", change.reason(), target == CaseStatus.DECLINED, 2000);
        String message = checks.paragraphs("message", change.message(), false, CaseChecks.DESCRIPTION_MAX);
        if (change.version() == null) {
            checks.fields().reject("version", Invalid.REQUIRED);
        }
        checks.throwIfInvalid();
        LegalAidService.requireVersion(legalCase, change.version());
        if (target != CaseStatus.TRIAGED && target != CaseStatus.DECLINED
                && legalCase.assignedCounselSubject == null) {
            throw ProblemException.conflict("A case that is " + legalCase.status + " cannot become " + target
                    + " before a counsel takes it");
        }
        LegalAidService.allow(legalCase, target);
        boolean declaresNow = false;
        if (target == CaseStatus.IN_PROGRESS && legalCase.conflictDeclaredAt == null) {
            if (!Boolean.TRUE.equals(change.noConflict())
                    || !person.subject().equals(legalCase.assignedCounselSubject)) {
                checks.reject("noConflict", LegalAidInvalid.NO_CONFLICT_REQUIRED);
                checks.throwIfInvalid();
            }
            declaresNow = true;
        }

        Instant now = Instant.now(clock);
        Role role = LegalAidService.staffRole(legalCase, person);
        CaseStatus before = legalCase.status;
        legalCase.status = target;
        legalCase.updatedAt = now;
        if (target == CaseStatus.DECLINED) {
            legalCase.declineReason = reason;
        }
        if (declaresNow) {
            legalCase.conflictDeclaredAt = now;
            legalCase.conflictDeclaredBy = person.subject();
        }
        log.status(legalCase, before, person, role, now);
        if (message != null) {
            log.text(legalCase, EntryKind.MESSAGE, message, person, role, now);
        }
        if (message != null || target != CaseStatus.TRIAGED) {
            LegalAidService.responded(legalCase, now);
        }
        log.audit(person, role, "legal-aid-case.status", legalCase, "status: " + before + " -> " + target
                + (declaresNow ? "; no conflict declared" : "") + (message == null ? "" : "; with a message")
                + (reason == null ? "" : "; reason given"));
        mails.statusChanged(legalCase, before, target == CaseStatus.DECLINED ? reason : message);
        em.flush();
        return legalCase;
    }

    /** An internal note on a case, for counsel and admins only: it never reaches the member. */
    public CaseEntry note(long id, CurrentPerson person, String text, Language language) {
        LegalAidCase legalCase = LegalAidService.lockReadable(id, person, em);
        requireStaff(legalCase, person);
        String body = LegalAidService.body("body", text, language);
        Instant now = Instant.now(clock);
        Role role = LegalAidService.staffRole(legalCase, person);
        CaseEntry entry = log.text(legalCase, EntryKind.INTERNAL_NOTE, body, person, role, now);
        log.audit(person, role, "legal-aid-case.note", legalCase, "internal note " + entry.id);
        return entry;
    }

    /** Counsel known to the desk, for an admin choosing whom to assign a case to. */
    @Transactional(TxType.SUPPORTS)
    public List<CounselProfile> counsel() {
        return CounselProfile.known();
    }

    private void assignTo(LegalAidCase legalCase, CounselProfile counsel, CurrentPerson by, Role role, Instant now) {
        if (legalCase.status == CaseStatus.SUBMITTED) {
            legalCase.status = CaseStatus.TRIAGED;
            log.status(legalCase, CaseStatus.SUBMITTED, by, role, now);
        }
        if (legalCase.status == CaseStatus.TRIAGED) {
            legalCase.status = CaseStatus.ASSIGNED;
            log.status(legalCase, CaseStatus.TRIAGED, by, role, now);
        }
        legalCase.assignedCounselSubject = counsel.accountSubject;
        legalCase.assignedCounselName = counsel.displayName;
        legalCase.updatedAt = now;
    }

    private static void requireCounsel(CurrentPerson person) {
        if (!person.has(Role.COUNSEL)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only counsel use the legal-aid desk");
        }
    }

    /** Staff act on cases; a member never handles their own case, whatever roles they hold. */
    private static void requireStaff(LegalAidCase legalCase, CurrentPerson person) {
        if (!LegalAidService.seesInternalNotes(legalCase, person)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only counsel and admins handle a case, and never "
                    + "their own");
        }
    }

    private static void requireVersion(LegalAidCase legalCase, Integer version, Language language) {
        if (version == null) {
            CaseChecks checks = new CaseChecks(language);
            checks.fields().reject("version", Invalid.REQUIRED);
            checks.throwIfInvalid();
        }
        LegalAidService.requireVersion(legalCase, version);
    }

    private record Query(String where, Map<String, Object> parameters) {
    }

    private Query overdueQuery(CurrentPerson person) {
        Query queue = query(person, new QueueFilter(Scope.ALL, null, null, null));
        Map<String, Object> parameters = new HashMap<>(queue.parameters());
        parameters.put("open", CaseStatus.OPEN);
        parameters.put("today", LocalDate.now(clock));
        return new Query(queue.where()
                + " and firstRespondedAt is null and status in :open and firstResponseDue < :today", parameters);
    }

    private static Query query(CurrentPerson person, QueueFilter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        Scope scope = filter.scope() == null ? Scope.ALL : filter.scope();
        boolean admin = person.has(Role.ADMIN);
        String unassigned = "(assignedCounselSubject is null and status in :unassigned)";
        String mine = "assignedCounselSubject = :me";
        switch (scope) {
            case UNASSIGNED -> where.add(unassigned);
            case MINE -> where.add(mine);
            case ALL -> {
                if (!admin) {
                    where.add("(" + unassigned + " or " + mine + ")");
                }
            }
        }
        if (where.stream().anyMatch(clause -> clause.contains(":unassigned"))) {
            parameters.put("unassigned", CaseStatus.UNASSIGNED);
        }
        if (where.stream().anyMatch(clause -> clause.contains(":me"))) {
            parameters.put("me", person.subject());
        }
        // Staff never see their own cases in the desk's queue; they follow them as members.
        where.add("accountSubject <> :self");
        parameters.put("self", person.subject());
        if (filter.status() != null) {
            where.add("status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.category() != null) {
            where.add("category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.urgency() != null) {
            where.add("urgency = :urgency");
            parameters.put("urgency", filter.urgency());
        }
        return new Query(String.join(" and ", where), parameters);
    }
}
