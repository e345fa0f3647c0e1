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

import ir.guild.registry.common.DocumentType;
import ir.guild.registry.common.FileDownload;
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
 * Legal-aid cases as their members and everyone who reads them see them: a member files a
 * case, writes to the desk, adds documents, withdraws it; counsel and admins write to the
 * member. The counsel's own moves (claiming, status, internal notes) are {@link CounselDesk}.
 * Each change locks the case's row, refuses a stale version or a move its status does not
 * allow with 409, and writes its timeline entry and audit entry in the same transaction.
 *
 * <p>Cases are confidential. Who may read one: the member who filed it, admins, the counsel
 * assigned to it, and any counsel while it waits unassigned in the queue (SUBMITTED or
 * TRIAGED). Anyone else is told it does not exist (404), for the case, its documents and its
 * messages alike, and every read is audited.
 */
@ApplicationScoped
@Transactional
public class LegalAidService {

    public static final String ENTITY = CaseLog.ENTITY;

    private final CaseLog log;
    private final MembershipStandings standings;
    private final CaseNumbers numbers;
    private final WorkingDays workingDays;
    private final LegalAidMails mails;
    private final LegalAidConfig config;
    private final EntityManager em;
    private final Clock clock = Clock.system(GuildClock.ZONE);

    LegalAidService(CaseLog log, CaseNumbers numbers, MembershipStandings standings, WorkingDays workingDays,
            LegalAidMails mails, LegalAidConfig config, EntityManager em) {
        this.log = log;
        this.standings = standings;
        this.numbers = numbers;
        this.workingDays = workingDays;
        this.mails = mails;
        this.config = config;
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
        found.ifPresent(legalCase -> log.audit(person, readerRole(legalCase, person), "legal-aid-case.read",
                legalCase, "status " + legalCase.status));
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

    /** The documents of a case the caller was allowed to read, oldest first, without their content. */
    @Transactional(TxType.SUPPORTS)
    public List<LegalAidDocument> documents(LegalAidCase legalCase) {
        return LegalAidDocument.ofCase(legalCase.id);
    }

    /** Where the case stands against its first-response deadline now; empty once that no longer applies. */
    @Transactional(TxType.SUPPORTS)
    public Optional<SlaState> sla(LegalAidCase legalCase) {
        return workingDays.slaState(legalCase, Instant.now(clock));
    }

    /** Whether {@code person} reads a case as its staff (internal notes included) rather than as its member. */
    public static boolean seesInternalNotes(LegalAidCase legalCase, CurrentPerson person) {
        return !isMember(legalCase, person) && canRead(legalCase, person);
    }

    /**
     * A member files a case. Only a membership that is active today may: a suspended, expired or
     * revoked one is refused with 409 naming its status; someone who was never a member, or a
     * partner firm, is refused with 403. The first response falls due after the configured
     * number of working days.
     */
    public LegalAidCase file(CurrentPerson person, CaseForm form, Language language) {
        Member member = standings.activeMember(person, "file a legal-aid case");
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
        legalCase.firstResponseDue = workingDays.dueDay(now);
        legalCase.persistAndFlush();
        log.status(legalCase, null, person, Role.MEMBER, now);
        log.audit(person, Role.MEMBER, "legal-aid-case.file", legalCase, "status: SUBMITTED; "
                + legalCase.caseNumber + "; category " + category + "; urgency " + urgency + "; first response due "
                + legalCase.firstResponseDue);
        return legalCase;
    }

    /** The member takes back a case that is still open, naming the version they saw. */
    public LegalAidCase withdraw(long id, Integer version, CurrentPerson person) {
        if (version == null) {
            throw ProblemException.invalid("version", Invalid.REQUIRED.message(Language.EN));
        }
        LegalAidCase legalCase = lockReadable(id, person, em);
        if (!isMember(legalCase, person)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the member who filed a case may withdraw it");
        }
        requireVersion(legalCase, version);
        CaseStatus before = legalCase.status;
        allow(legalCase, CaseStatus.WITHDRAWN);
        Instant now = Instant.now(clock);
        legalCase.status = CaseStatus.WITHDRAWN;
        legalCase.updatedAt = now;
        log.status(legalCase, before, person, Role.MEMBER, now);
        log.audit(person, Role.MEMBER, "legal-aid-case.withdraw", legalCase, "status: " + before + " -> WITHDRAWN");
        mails.statusChanged(legalCase, before, null);
        em.flush();
        return legalCase;
    }

    /**
     * A message on an open case, shared with everyone who reads it: from the member to the desk,
     * or from counsel or an admin to the member, who is then emailed. The desk's first message
     * is its first response.
     */
    public CaseEntry message(long id, CurrentPerson person, String text, Language language) {
        LegalAidCase legalCase = lockReadable(id, person, em);
        String body = body("body", text, language);
        if (!legalCase.status.isOpen()) {
            throw ProblemException.conflict("Messages can be written only while the case is open; it is "
                    + legalCase.status);
        }
        Instant now = Instant.now(clock);
        boolean fromMember = isMember(legalCase, person);
        Role role = fromMember ? Role.MEMBER : staffRole(legalCase, person);
        CaseEntry entry = log.text(legalCase, EntryKind.MESSAGE, body, person, role, now);
        legalCase.updatedAt = now;
        if (!fromMember) {
            responded(legalCase, now);
            mails.messaged(legalCase, entry);
        }
        log.audit(person, role, "legal-aid-case.message", legalCase,
                "message " + entry.id + " " + (fromMember ? "from the member" : "to the member"));
        em.flush();
        return entry;
    }

    /**
     * A document added to an open case by its member, or by its counsel or an admin. The type is
     * read from the content; the claimed name is kept only as a label.
     */
    public LegalAidDocument attach(long id, CurrentPerson person, String fileName, byte[] content,
            Language language) {
        LegalAidCase legalCase = lockReadable(id, person, em);
        if (!legalCase.status.isOpen()) {
            throw ProblemException.conflict("Documents can be added only while the case is open; it is "
                    + legalCase.status);
        }
        CaseChecks checks = new CaseChecks(language);
        Optional<DocumentType> type = checks.fields().document("file", content, config.maxFileSize().asLongValue());
        if (checks.ok("file") && LegalAidDocument.count("caseId", legalCase.id) >= config.maxFiles()) {
            checks.reject("file", LegalAidInvalid.TOO_MANY_FILES, config.maxFiles());
        }
        checks.throwIfInvalid();

        LegalAidDocument document = new LegalAidDocument();
        document.caseId = legalCase.id;
        document.fileName = type.get().fileName(fileName, "document");
        document.mediaType = type.get().mediaType();
        document.sizeBytes = content.length;
        document.content = content;
        document.uploadedAt = Instant.now(clock);
        document.uploadedBySubject = person.subject();
        document.persist();
        legalCase.updatedAt = document.uploadedAt;
        em.flush();
        log.audit(person, actingRole(legalCase, person), "legal-aid-document.add", legalCase,
                "document " + document.id + ": " + document.mediaType + ", " + document.sizeBytes + " bytes");
        return document;
    }

    /** A document of a case the caller may read, its reading audited; 404 for anyone else. */
    public FileDownload document(long id, long documentId, CurrentPerson person) {
        LegalAidCase legalCase = LegalAidCase.<LegalAidCase>findByIdOptional(id)
                .filter(candidate -> canRead(candidate, person)).orElseThrow(LegalAidService::noSuchCase);
        LegalAidDocument document = LegalAidDocument.<LegalAidDocument>findByIdOptional(documentId)
                .filter(candidate -> candidate.caseId.equals(legalCase.id))
                .orElseThrow(() -> ProblemException.notFound("No such document"));
        log.audit(person, readerRole(legalCase, person), "legal-aid-document.read", legalCase,
                "document " + document.id);
        return new FileDownload(document.fileName, document.mediaType, document.content);
    }

    /** Records the desk's first response to the member, once; the SLA stops counting. */
    static void responded(LegalAidCase legalCase, Instant at) {
        if (legalCase.firstRespondedAt == null) {
            legalCase.firstRespondedAt = at;
        }
    }

    static String body(String field, String text, Language language) {
        CaseChecks checks = new CaseChecks(language);
        String body = checks.paragraphs(field, text, true, CaseChecks.DESCRIPTION_MAX);
        checks.throwIfInvalid();
        return body;
    }

    /** The case locked for a change, if the caller may read it; 404 otherwise. */
    static LegalAidCase lockReadable(long id, CurrentPerson person, EntityManager em) {
        LegalAidCase legalCase = em.find(LegalAidCase.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (legalCase == null || !canRead(legalCase, person)) {
            throw noSuchCase();
        }
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

    /** The role staff act in on a case: its counsel, otherwise admin. */
    static Role staffRole(LegalAidCase legalCase, CurrentPerson person) {
        return isCounselFor(legalCase, person) ? Role.COUNSEL : Role.ADMIN;
    }

    static void requireVersion(LegalAidCase legalCase, int version) {
        if (legalCase.version != version) {
            throw ProblemException.conflict("The case changed since you saw it (version " + version + ", now "
                    + legalCase.version + "); reload it and try again");
        }
    }

    static void allow(LegalAidCase legalCase, CaseStatus target) {
        if (!legalCase.status.canMoveTo(target)) {
            throw ProblemException.conflict("A case that is " + legalCase.status + " cannot become " + target);
        }
    }

    static ProblemException noSuchCase() {
        return ProblemException.notFound("No such legal-aid case");
    }

    /** The role a reader reads in: their own case as its member, otherwise as admin or counsel. */
    private static Role readerRole(LegalAidCase legalCase, CurrentPerson person) {
        if (isMember(legalCase, person)) {
            return Role.MEMBER;
        }
        return person.has(Role.ADMIN) ? Role.ADMIN : Role.COUNSEL;
    }

    private static Role actingRole(LegalAidCase legalCase, CurrentPerson person) {
        return isMember(legalCase, person) ? Role.MEMBER : staffRole(legalCase, person);
    }
}
