package ir.guild.registry.certification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.panache.common.Page;

import ir.guild.registry.audit.Actor;
import ir.guild.registry.audit.AuditEvent;
import ir.guild.registry.audit.AuditLog;
import ir.guild.registry.common.DocumentType;
import ir.guild.registry.common.FileDownload;
import ir.guild.registry.common.Invalid;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberStatus;
import ir.guild.registry.membership.MembershipStandings;
import ir.guild.registry.partner.webhook.WebhookEventType;
import ir.guild.registry.partner.webhook.WebhookEvents;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.Language;

/**
 * Certification requests, one method per transition: a member submits, attaches evidence,
 * answers a request for information or withdraws; an assessor grants (issuing the
 * certificate), denies or asks for information. Each locks the request's row, refuses a
 * stale version or a move its status does not allow with 409, and writes its audit entry
 * and its email in the same transaction.
 *
 * <p>Who may see a request: its requester, assessors and admins. Anyone else is told it does
 * not exist (404), so request ids reveal nothing.
 */
@ApplicationScoped
@Transactional
public class CertificationRequestService {

    public static final String ENTITY = "CertificationRequest";
    static final int CODE_ATTEMPTS = 5;
    /** The partial unique index that allows one open request per member and track. */
    static final String OPEN_REQUEST_INDEX = "certification_request_open_track";

    private final AuditLog audit;
    private final CertificationMails mails;
    private final MembershipStandings standings;
    private final CertificationConfig config;
    private final EntityManager em;
    private final WebhookEvents webhooks;
    private final Clock clock = Clock.system(GuildClock.ZONE);

    CertificationRequestService(AuditLog audit, CertificationMails mails, CertificationConfig config,
            MembershipStandings standings, EntityManager em, WebhookEvents webhooks) {
        this.webhooks = webhooks;
        this.audit = audit;
        this.standings = standings;
        this.mails = mails;
        this.config = config;
        this.em = em;
    }

    @Transactional(TxType.SUPPORTS)
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The caller's own requests, newest first, whatever became of their membership since. */
    @Transactional(TxType.SUPPORTS)
    public List<CertificationRequest> mine(CurrentPerson person) {
        return CertificationRequest.ofAccount(person.subject());
    }

    /** A request the caller may see: their own, or any for assessors and admins. */
    @Transactional(TxType.SUPPORTS)
    public Optional<CertificationRequest> find(long id, CurrentPerson person) {
        return CertificationRequest.<CertificationRequest>findByIdOptional(id)
                .filter(request -> canSee(request, person));
    }

    /** The evidence files of a request, without their content. */
    @Transactional(TxType.SUPPORTS)
    public List<EvidenceFile> files(long requestId) {
        return EvidenceFile.ofRequest(requestId);
    }

    /** The certificate a granted request issued. */
    @Transactional(TxType.SUPPORTS)
    public Optional<Certificate> certificateOf(CertificationRequest request) {
        return request.status == RequestStatus.GRANTED
                ? Certificate.find("requestId", request.id).firstResultOptional()
                : Optional.empty();
    }

    /** The assessors' queue, oldest first; a null status or track means any. */
    @Transactional(TxType.SUPPORTS)
    public List<CertificationRequest> queue(RequestStatus status, String trackCode, int page, int size) {
        return CertificationRequest.queue(status, trackCode).page(Page.of(page, size)).list();
    }

    @Transactional(TxType.SUPPORTS)
    public long countQueue(RequestStatus status, String trackCode) {
        return CertificationRequest.queue(status, trackCode).count();
    }

    /**
     * A member asks to be certified. Only a membership that is active today may ask: a
     * suspended, expired or revoked one is refused with 409 naming its status; someone who
     * was never a member is refused with 403.
     */
    public CertificationRequest submit(CurrentPerson person, RequestForm form, Language language) {
        Member member = activeMembership(person);
        RequestChecks checks = new RequestChecks(language);
        if (form == null) {
            checks.fields().reject("body", Invalid.REQUIRED);
            checks.throwIfInvalid();
        }
        Track track = null;
        String code = checks.fields().text("trackCode", form.trackCode(), true, 40);
        if (code != null) {
            track = Track.byCode(code.toUpperCase(Locale.ROOT)).filter(candidate -> candidate.active)
                    .orElse(null);
            if (track == null) {
                checks.reject("trackCode", CertificationInvalid.UNKNOWN_TRACK);
            }
        }
        Integer level = checks.level("level", form.level(), track, true);
        String evidence = checks.paragraphs("evidence", form.evidence(), true, RequestChecks.EVIDENCE_MAX);
        List<String> links = checks.links(form.links());
        checks.throwIfInvalid();

        if (CertificationRequest.openFor(member.id, track.id).isPresent()) {
            throw ProblemException.conflict("You already have an open request on the track " + track.code
                    + "; withdraw it or wait for its decision before asking again");
        }
        Instant now = Instant.now(clock);
        CertificationRequest request = new CertificationRequest();
        request.memberId = member.id;
        request.membershipNumber = member.membershipNumber;
        request.accountSubject = member.accountSubject;
        copyHolder(member, request);
        request.track = track;
        request.level = level;
        request.evidence = evidence;
        request.links.addAll(links);
        request.status = RequestStatus.SUBMITTED;
        request.submittedAt = now;
        request.updatedAt = now;
        try {
            request.persistAndFlush();
        } catch (ConstraintViolationException e) {
            if (!OPEN_REQUEST_INDEX.equalsIgnoreCase(e.getConstraintName())) {
                throw e;
            }
            // A concurrent request on the same track got in first; the partial unique index kept it to one.
            throw ProblemException.conflict("You already have an open request on the track " + track.code);
        }
        record(asMember(person), "certification-request.submit", request,
                "status: SUBMITTED; track " + track.code + "; level " + level);
        return request;
    }

    /**
     * The requester adds an evidence file while the request is open. The type is read from the
     * content; the claimed name is kept only as a label. Adding a file changes the request's
     * version, so an assessor who decided on what they saw before it gets 409.
     */
    public EvidenceFile attach(long requestId, CurrentPerson person, String fileName, byte[] content,
            Language language) {
        CertificationRequest request = lockedVisible(requestId, person);
        requireRequester(request, person);
        if (!request.status.isOpen()) {
            throw ProblemException.conflict("Evidence can be added only while the request is open; it is "
                    + request.status);
        }
        RequestChecks checks = new RequestChecks(language);
        Optional<DocumentType> type = checks.fields().document("files", content, config.maxFileSize().asLongValue());
        if (checks.ok("files") && EvidenceFile.count("requestId", request.id) >= config.maxFiles()) {
            checks.reject("files", CertificationInvalid.TOO_MANY_FILES, config.maxFiles());
        }
        checks.throwIfInvalid();

        EvidenceFile file = new EvidenceFile();
        file.requestId = request.id;
        file.fileName = type.get().fileName(fileName, "evidence");
        file.mediaType = type.get().mediaType();
        file.sizeBytes = content.length;
        file.content = content;
        file.uploadedAt = Instant.now(clock);
        file.uploadedBySubject = person.subject();
        file.persist();
        request.updatedAt = file.uploadedAt;
        em.flush();
        record(asMember(person), "certification-request.attach", request,
                "file " + file.id + ": " + file.mediaType + ", " + file.sizeBytes + " bytes");
        return file;
    }

    /** An evidence file for the requester, assessors and admins; 404 for anyone else. */
    @Transactional(TxType.SUPPORTS)
    public FileDownload evidenceFile(long requestId, long fileId, CurrentPerson person) {
        find(requestId, person).orElseThrow(CertificationRequestService::noSuchRequest);
        EvidenceFile file = EvidenceFile.<EvidenceFile>findByIdOptional(fileId)
                .filter(candidate -> candidate.requestId == requestId)
                .orElseThrow(() -> ProblemException.notFound("No such evidence file"));
        return new FileDownload(file.fileName, file.mediaType, file.content);
    }

    /**
     * The member answers a request for information: the evidence, links and (if given) the
     * level are replaced and the request goes back to the assessors' queue.
     */
    public CertificationRequest resubmit(long id, RequestForm update, Integer version, CurrentPerson person,
            Language language) {
        CertificationRequest request = lockedVisible(id, person);
        requireRequester(request, person);
        RequestChecks checks = new RequestChecks(language);
        if (version == null) {
            checks.fields().reject("version", Invalid.REQUIRED);
        }
        if (update == null) {
            checks.fields().reject("body", Invalid.REQUIRED);
        }
        checks.throwIfInvalid();
        requireVersion(request, version);
        RequestStatus before = request.status;
        allow(request, RequestStatus.SUBMITTED);
        Member member = activeMembership(person);

        String code = checks.fields().text("trackCode", update.trackCode(), false, 40);
        if (code != null && !code.equalsIgnoreCase(request.track.code)) {
            checks.reject("trackCode", CertificationInvalid.TRACK_FIXED);
        }
        Integer level = checks.level("level", update.level(), request.track, false);
        String evidence = checks.paragraphs("evidence", update.evidence(), true, RequestChecks.EVIDENCE_MAX);
        List<String> links = checks.links(update.links());
        checks.throwIfInvalid();

        int levelBefore = request.level;
        if (level != null) {
            request.level = level;
        }
        request.evidence = evidence;
        request.links.clear();
        request.links.addAll(links);
        copyHolder(member, request);
        request.status = RequestStatus.SUBMITTED;
        request.updatedAt = Instant.now(clock);
        String levelChange = levelBefore == request.level ? "" : "; level " + levelBefore + " -> " + request.level;
        record(asMember(person), "certification-request.resubmit", request,
                "status: " + before + " -> SUBMITTED" + levelChange);
        return flushed(request);
    }

    /** The member takes back a request that is not decided yet. */
    public CertificationRequest withdraw(long id, Integer version, CurrentPerson person) {
        CertificationRequest request = lockedVisible(id, person);
        requireRequester(request, person);
        if (version != null) {
            requireVersion(request, version);
        }
        RequestStatus before = request.status;
        allow(request, RequestStatus.WITHDRAWN);
        request.status = RequestStatus.WITHDRAWN;
        request.updatedAt = Instant.now(clock);
        record(asMember(person), "certification-request.withdraw", request,
                "status: " + before + " -> WITHDRAWN");
        return flushed(request);
    }

    /**
     * An assessor's decision. Only assessors decide, never on a request of their own account
     * (403). The assessor names the version they saw: if the request changed since (new
     * evidence, another decision), nothing happens and the answer is 409. A grant issues the
     * certificate in the same transaction.
     */
    public CertificationRequest decide(long id, DecisionForm decision, CurrentPerson assessor, Language language) {
        if (!assessor.has(Role.ASSESSOR)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only assessors decide certification requests");
        }
        RequestChecks checks = new RequestChecks(language);
        DecisionForm.Kind kind = checks.fields().code("decision", decision == null ? null : decision.decision(),
                DecisionForm.Kind.class, true);
        if (decision == null || decision.version() == null) {
            checks.fields().reject("version", Invalid.REQUIRED);
        }
        String reason = checks.paragraphs("reason", decision == null ? null : decision.reason(),
                kind == DecisionForm.Kind.DENY || kind == DecisionForm.Kind.REQUEST_INFO, RequestChecks.REASON_MAX);
        Integer level = kind == DecisionForm.Kind.GRANT
                ? checks.fields().number("level", decision.level(), 1, 5, false)
                : null;
        checks.throwIfInvalid();

        CertificationRequest request = em.find(CertificationRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw noSuchRequest();
        }
        if (request.accountSubject.equals(assessor.subject())) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Assessors cannot decide their own certification requests; another assessor must");
        }
        requireVersion(request, decision.version());
        RequestStatus before = request.status;
        Member member = Member.findById(request.memberId);
        switch (kind) {
            case GRANT -> {
                allow(request, RequestStatus.GRANTED);
                int granted = grantedLevel(request, level, language);
                MemberStatus standing = member.statusOn(today());
                if (standing != MemberStatus.ACTIVE) {
                    throw ProblemException.conflict("The requester's membership is " + standing
                            + "; a certificate is issued only to an active member");
                }
                decided(request, RequestStatus.GRANTED, reason, assessor);
                request.grantedLevel = granted;
                Certificate certificate = issue(request, granted);
                record(asAssessor(assessor), "certification-request.grant", request, "status: " + before
                        + " -> GRANTED; level " + granted + "; certificate " + certificate.id);
                audit.record(new AuditEvent(asAssessor(assessor), "certificate.issue",
                        CertificateService.ENTITY, certificate.id.toString(), "request " + request.id + "; track "
                                + request.track.code + "; level " + granted + "; expires " + certificate.expiresOn));
                mails.granted(request, certificate, member);
                webhooks.certificateChanged(certificate, WebhookEventType.CERTIFICATE_ISSUED, CertificateStatus.VALID);
            }
            case DENY -> {
                allow(request, RequestStatus.DENIED);
                decided(request, RequestStatus.DENIED, reason, assessor);
                record(asAssessor(assessor), "certification-request.deny", request,
                        "status: " + before + " -> DENIED");
                mails.denied(request, member);
            }
            case REQUEST_INFO -> {
                allow(request, RequestStatus.NEEDS_INFO);
                decided(request, RequestStatus.NEEDS_INFO, reason, assessor);
                record(asAssessor(assessor), "certification-request.request-info", request,
                        "status: " + before + " -> NEEDS_INFO");
                mails.needsInfo(request, member);
            }
        }
        return flushed(request);
    }

    /** The level a grant gives: the one asked for unless the assessor names a lower level of the track. */
    private static int grantedLevel(CertificationRequest request, Integer level, Language language) {
        if (level == null) {
            return request.level;
        }
        RequestChecks checks = new RequestChecks(language);
        if (request.track.level(level).isEmpty()) {
            checks.reject("level", CertificationInvalid.NOT_A_LEVEL);
        } else if (level > request.level) {
            checks.reject("level", CertificationInvalid.ABOVE_REQUESTED, request.level);
        }
        checks.throwIfInvalid();
        return level;
    }

    private Certificate issue(CertificationRequest request, int level) {
        LocalDate today = today();
        Certificate certificate = new Certificate();
        certificate.publicCode = freshCode();
        certificate.requestId = request.id;
        certificate.memberId = request.memberId;
        certificate.membershipNumber = request.membershipNumber;
        certificate.holderName = request.holderName;
        certificate.holderNameLatin = request.holderNameLatin;
        certificate.track = request.track;
        certificate.level = level;
        certificate.issuedOn = today;
        certificate.expiresOn = today.plusMonths(request.track.validityMonths);
        certificate.issuedAt = Instant.now(clock);
        certificate.persistAndFlush();
        return certificate;
    }

    /**
     * A code no certificate has yet. With 60 random bits a clash is all but impossible; looking
     * first keeps the transaction alive where a failed insert would end it.
     */
    private static String freshCode() {
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            String code = PublicCode.generate();
            if (Certificate.byCode(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("No free certificate code after " + CODE_ATTEMPTS + " attempts");
    }

    private Member activeMembership(CurrentPerson person) {
        return standings.activeMember(person, "request certification");
    }

    private static void copyHolder(Member member, CertificationRequest request) {
        request.holderName = member.fullName;
        request.holderNameLatin = member.fullNameLatin;
        request.language = member.language;
    }

    private CertificationRequest lockedVisible(long id, CurrentPerson person) {
        CertificationRequest request = em.find(CertificationRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !canSee(request, person)) {
            throw noSuchRequest();
        }
        return request;
    }

    static boolean canSee(CertificationRequest request, CurrentPerson person) {
        return isRequester(request, person) || person.has(Role.ASSESSOR) || person.has(Role.ADMIN);
    }

    static boolean isRequester(CertificationRequest request, CurrentPerson person) {
        return request.accountSubject.equals(person.subject());
    }

    private static void requireRequester(CertificationRequest request, CurrentPerson person) {
        if (!isRequester(request, person)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the member who made the request may change it");
        }
    }

    private static void requireVersion(CertificationRequest request, int version) {
        if (request.version != version) {
            throw ProblemException.conflict("The request changed since you saw it (version " + version + ", now "
                    + request.version + "); reload it and try again");
        }
    }

    private static void allow(CertificationRequest request, RequestStatus target) {
        if (!request.status.canMoveTo(target)) {
            throw ProblemException.conflict("A request that is " + request.status + " cannot become " + target);
        }
    }

    private void decided(CertificationRequest request, RequestStatus target, String reason, CurrentPerson assessor) {
        Instant now = Instant.now(clock);
        request.status = target;
        request.decisionReason = reason;
        request.decidedAt = now;
        request.decidedBy = assessor.username();
        request.decidedBySubject = assessor.subject();
        request.updatedAt = now;
    }

    /** Written now, so the answer carries the new version. */
    private CertificationRequest flushed(CertificationRequest request) {
        em.flush();
        return request;
    }

    private static ProblemException noSuchRequest() {
        return ProblemException.notFound("No such certification request");
    }

    private static Actor asMember(CurrentPerson person) {
        return Actor.of(person, Role.MEMBER);
    }

    private static Actor asAssessor(CurrentPerson person) {
        return Actor.of(person, Role.ASSESSOR);
    }

    private void record(Actor actor, String action, CertificationRequest request, String summary) {
        audit.record(new AuditEvent(actor, action, ENTITY, request.id.toString(), summary));
    }
}
