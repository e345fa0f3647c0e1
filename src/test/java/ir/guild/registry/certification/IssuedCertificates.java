package ir.guild.registry.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.certification.credentials.StatusListId;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.MembershipTestData;

/**
 * The certification tables written straight, for tests that need a catalog, an open request
 * or an issued certificate without going through the journey that makes them (that journey
 * is tested on its own, with {@link CertificationFixtures}); and emptying them again.
 */
@ApplicationScoped
public class IssuedCertificates {

    /** The track of the certificates made by {@link #valid}, {@link #expired}, {@link #grant} and {@link #issue}. */
    public static final String TRACK_CODE = "VERIFY_BACKEND_JAVA";
    public static final String TRACK_FA = "برنامه‌نویسی بک‌اند با جاوا";
    public static final String TRACK_EN = "Backend development in Java";

    private final EntityManager em;
    private final MembershipTestData membership;

    IssuedCertificates(EntityManager em, MembershipTestData membership) {
        this.em = em;
        this.membership = membership;
    }

    // --- the catalog ---------------------------------------------------------

    /** An active track with {@code levels} levels, valid for 24 months. */
    public Track track(String code, int levels) {
        return track(code, levels, true);
    }

    public Track track(String code, int levels, boolean active) {
        return track(code, levels, 24, active);
    }

    /** A track named after its code ("مسیر CODE", "Track CODE"), described, with a requirement for each level. */
    @Transactional
    public Track track(String code, int levels, int validityMonths, boolean active) {
        return track(code, "مسیر " + code, "Track " + code, levels, validityMonths, active);
    }

    private static Track track(String code, String titleFa, String titleEn, int levels, int validityMonths,
            boolean active) {
        Track track = new Track();
        track.code = code;
        track.titleFa = titleFa;
        track.titleEn = titleEn;
        track.descriptionFa = "توضیح " + code;
        track.descriptionEn = "About " + code;
        track.validityMonths = validityMonths;
        track.active = active;
        for (int level = 1; level <= levels; level++) {
            track.levels.add(new TrackLevel(level, "الزامات سطح " + level, "Requirements of level " + level));
        }
        track.createdAt = Instant.now();
        track.updatedAt = track.createdAt;
        track.persistAndFlush();
        return track;
    }

    @Transactional
    public Track reload(String code) {
        Track track = Track.byCode(code).orElseThrow();
        track.levels.size();
        em.detach(track);
        return track;
    }

    @Transactional
    public long tracks() {
        return Track.count();
    }

    /** The audit entries about a track, oldest first. */
    @Transactional
    public List<AuditEntry> history(String code) {
        return AuditEntry.historyOf(TrackService.ENTITY, code);
    }

    // --- requests and certificates ----------------------------------------------

    /** An open request of the member on the track at {@code level}. */
    @Transactional
    public CertificationRequest request(Member member, String trackCode, int level) {
        CertificationRequest request = submitted(member, Track.byCode(trackCode).orElseThrow(), level);
        request.persist();
        return request;
    }

    /** A certificate at level 2 issued a year ago and valid for another year. */
    public Certificate valid(Member holder) {
        LocalDate today = MemberFixtures.today();
        return issue(holder, PublicCode.generate(), 2, today.minusYears(1), today.plusYears(1));
    }

    /** A certificate whose last valid day was yesterday. */
    public Certificate expired(Member holder) {
        LocalDate today = MemberFixtures.today();
        return issue(holder, PublicCode.generate(), 1, today.minusYears(2), today.minusDays(1));
    }

    /** A level-2 certificate issued today and valid for the track's two years. */
    public Certificate grant(Member holder) {
        LocalDate today = MemberFixtures.today();
        return issue(holder, PublicCode.generate(), 2, today, today.plusMonths(24));
    }

    /** A certificate on the track {@link #TRACK_CODE}, added to the catalog the first time. */
    @Transactional
    public Certificate issue(Member holder, String code, int level, LocalDate issuedOn, LocalDate expiresOn) {
        Track track = Track.byCode(TRACK_CODE).orElseGet(() -> track(TRACK_CODE, TRACK_FA, TRACK_EN, 3, 24, true));
        return issue(holder, track, code, level, issuedOn, expiresOn);
    }

    /** A certificate granted to the member, issued on {@code issuedOn} for the track's validity. */
    @Transactional
    public Certificate certificate(Member member, String trackCode, int level, LocalDate issuedOn) {
        Track track = Track.byCode(trackCode).orElseThrow();
        return issue(member, track, PublicCode.generate(), level, issuedOn, issuedOn.plusMonths(track.validityMonths));
    }

    /** The granted request and its certificate, as an assessor's grant leaves them. */
    private Certificate issue(Member holder, Track track, String code, int level, LocalDate issuedOn,
            LocalDate expiresOn) {
        CertificationRequest request = submitted(holder, track, level);
        request.status = RequestStatus.GRANTED;
        request.grantedLevel = level;
        request.decidedAt = request.submittedAt;
        request.decidedBy = "Assessor";
        request.decidedBySubject = "assessor-subject";
        request.persist();

        Certificate certificate = new Certificate();
        certificate.publicCode = code;
        certificate.requestId = request.id;
        certificate.memberId = holder.id;
        certificate.membershipNumber = holder.membershipNumber;
        certificate.holderName = holder.fullName;
        certificate.holderNameLatin = holder.fullNameLatin;
        certificate.track = track;
        certificate.level = level;
        certificate.issuedOn = issuedOn;
        certificate.expiresOn = expiresOn;
        certificate.issuedAt = request.decidedAt;
        certificate.persist();
        em.flush();
        em.detach(certificate);
        return certificate;
    }

    private static CertificationRequest submitted(Member member, Track track, int level) {
        CertificationRequest request = new CertificationRequest();
        request.memberId = member.id;
        request.membershipNumber = member.membershipNumber;
        request.accountSubject = member.accountSubject;
        request.holderName = member.fullName;
        request.holderNameLatin = member.fullNameLatin;
        request.language = "fa";
        request.track = track;
        request.level = level;
        request.evidence = "Five years of services in production";
        request.links = new ArrayList<>(List.of("https://example.org/work"));
        request.status = RequestStatus.SUBMITTED;
        request.submittedAt = Instant.now();
        request.updatedAt = request.submittedAt;
        return request;
    }

    /** Revokes a certificate as an admin would, for copied evidence. */
    public void revoke(long certificateId) {
        revoke(certificateId, "Evidence found to be copied");
    }

    @Transactional
    public void revoke(long certificateId, String reason) {
        Certificate.update("revokedAt = ?1, revokedBy = 'Admin', revocationReason = ?2 where id = ?3", Instant.now(),
                reason, certificateId);
    }

    /** Makes the next status position the first of a new list, as a long-running registry would reach. */
    @Transactional
    public long startNextList() {
        long next = ((Number) em.createNativeQuery("select nextval('credential_status_index')").getSingleResult())
                .longValue();
        long firstOfNext = (next / StatusListId.SIZE + 1) * StatusListId.SIZE;
        em.createNativeQuery("select setval('credential_status_index', ?1, false)").setParameter(1, firstOfNext)
                .getSingleResult();
        return firstOfNext;
    }

    /** Empties the certification tables and the membership ones. */
    @Transactional
    public void clear() {
        // Certificates and requests (with their links and files) go with the members they belong to.
        membership.clear();
        // A track's levels go with it.
        em.createNativeQuery("delete from certification_track").executeUpdate();
    }
}
