package ir.guild.registry.certification;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.MemberService;
import ir.guild.registry.web.Language;

/**
 * Tracks, members, requests and certificates for certification tests. Tracks are written
 * straight to the catalog; members, requests and certificates are made through the real
 * services, the way the guild makes them.
 */
@ApplicationScoped
public class CertificationFixtures {

    /** An assessor who is not a member, so they may decide any request. */
    public static final CurrentPerson ASSESSOR = new CurrentPerson("assessor-subject", "demo-assessor", "Assessor",
            null, Set.of(Role.ASSESSOR));
    public static final CurrentPerson ADMIN = MemberFixtures.ADMIN;
    public static final String EVIDENCE = "Five years building payment services in Java and Spring.\n\n"
            + "Led the migration of the ledger to PostgreSQL.";
    public static final String LINK = "https://github.com/sara/ledger";

    private final MemberFixtures members;
    private final IssuedCertificates tables;
    private final MemberService memberService;
    private final CertificationRequestService requests;
    private final EntityManager em;

    CertificationFixtures(MemberFixtures members, IssuedCertificates tables, MemberService memberService,
            CertificationRequestService requests, EntityManager em) {
        this.members = members;
        this.tables = tables;
        this.memberService = memberService;
        this.requests = requests;
        this.em = em;
    }

    /** An active track with levels 1 to 3, valid for 24 months; the same one again for the same code. */
    public Track track(String code) {
        return track(code, 24, true);
    }

    @Transactional
    public Track track(String code, int validityMonths, boolean active) {
        Track existing = Track.byCode(code).orElse(null);
        if (existing != null) {
            existing.levels.size();
            return existing;
        }
        return tables.track(code, 3, validityMonths, active);
    }

    /** An active member whose account subject is {@code subject}, approved by an admin. */
    public Member member(String subject) {
        return members.approve(subject);
    }

    /** Suspends a member's membership, as an admin would. */
    public Member suspend(Member member) {
        memberService.suspend(member.membershipNumber, "Unpaid dues", null, ADMIN, Language.EN);
        return members.reload(member.membershipNumber);
    }

    /** Revokes a member's membership for good, as an admin would. */
    public Member revoke(Member member) {
        memberService.revoke(member.membershipNumber, "Forged documents", null, ADMIN, Language.EN);
        return members.reload(member.membershipNumber);
    }

    /** The member as they are signed in, with the given roles. */
    public static CurrentPerson person(Member member, Role... roles) {
        return new CurrentPerson(member.accountSubject, member.accountSubject, member.fullName, member.email,
                roles.length == 0 ? Set.of(Role.MEMBER) : Set.of(roles));
    }

    /** A submitted request with the usual evidence and one link. */
    public CertificationRequest request(Member member, Track track, int level) {
        CertificationRequest request = requests.submit(person(member),
                new RequestForm(track.code, Integer.toString(level), EVIDENCE, List.of(LINK)), Language.FA);
        return reload(request.id);
    }

    /** A request the assessor sent back for more information. */
    public CertificationRequest needingInfo(Member member, Track track, int level) {
        CertificationRequest request = request(member, track, level);
        requests.decide(request.id, new DecisionForm("REQUEST_INFO", null, "Add a link to the code", request.version),
                ASSESSOR, Language.EN);
        return reload(request.id);
    }

    /** A certificate at the level asked for, granted by {@link #ASSESSOR}. */
    public Certificate granted(Member member, Track track, int level) {
        CertificationRequest request = request(member, track, level);
        requests.decide(request.id, new DecisionForm("GRANT", null, null, request.version), ASSESSOR, Language.EN);
        return certificateOfRequest(request.id);
    }

    /** An evidence file attached by the requester. */
    public EvidenceFile attach(CertificationRequest request, String fileName, byte[] content) {
        return requests.attach(request.id, new CurrentPerson(request.accountSubject, request.accountSubject,
                request.holderName, null, Set.of(Role.MEMBER)), fileName, content, Language.EN);
    }

    @Transactional
    public CertificationRequest reload(long id) {
        CertificationRequest request = CertificationRequest.findById(id);
        request.links.size();
        request.track.levels.size();
        em.detach(request);
        return request;
    }

    @Transactional
    public Certificate certificate(long id) {
        Certificate certificate = Certificate.findById(id);
        certificate.track.levels.size();
        em.detach(certificate);
        return certificate;
    }

    @Transactional
    public Certificate certificateOfRequest(long requestId) {
        Certificate certificate = Certificate.find("requestId", requestId).firstResult();
        return certificate == null ? null : certificate(certificate.id);
    }

    /** Moves a certificate's dates into the past, as time passing would: it expired yesterday. */
    @Transactional
    public Certificate expire(Certificate certificate) {
        LocalDate today = MemberFixtures.today();
        Certificate.update("issuedOn = ?1, expiresOn = ?2 where id = ?3", today.minusYears(2), today.minusDays(1),
                certificate.id);
        return certificate(certificate.id);
    }

    /** Lock requests other transactions are waiting for right now. */
    @Transactional
    public long waitingLocks() {
        return ((Number) em.createNativeQuery("select count(*) from pg_locks where not granted").getSingleResult())
                .longValue();
    }

    @Transactional
    public long requestCount() {
        return CertificationRequest.count();
    }

    @Transactional
    public long certificateCount() {
        return Certificate.count();
    }

    @Transactional
    public long fileCount(long requestId) {
        return EvidenceFile.count("requestId", requestId);
    }

    /** Empties the certification tables, then the membership ones (which they point at). */
    public void clear() {
        tables.clear();
    }
}
