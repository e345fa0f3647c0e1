package ir.guild.registry.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MembershipTestData;

/**
 * Tracks and certificates for the catalog and certificate page tests, written straight to the
 * tables (the request and grant journey is tested on its own), and clearing them.
 */
@ApplicationScoped
public class TrackFixtures {

    private final EntityManager em;
    private final MembershipTestData membership;

    TrackFixtures(EntityManager em, MembershipTestData membership) {
        this.em = em;
        this.membership = membership;
    }

    /** Empties the certification tables, then the membership ones that they point to. */
    @Transactional
    public void clear() {
        em.createNativeQuery("delete from certificate").executeUpdate();
        em.createNativeQuery("delete from certification_evidence_file").executeUpdate();
        em.createNativeQuery("delete from certification_request_link").executeUpdate();
        em.createNativeQuery("delete from certification_request").executeUpdate();
        em.createNativeQuery("delete from certification_track_level").executeUpdate();
        em.createNativeQuery("delete from certification_track").executeUpdate();
        membership.clear();
    }

    /** An active track with {@code levels} levels, valid for 24 months. */
    public Track track(String code, int levels) {
        return track(code, levels, true);
    }

    @Transactional
    public Track track(String code, int levels, boolean active) {
        Track track = new Track();
        track.code = code;
        track.titleFa = "دوره " + code;
        track.titleEn = "Track " + code;
        track.descriptionFa = "توضیح " + code;
        track.descriptionEn = "About " + code;
        track.validityMonths = 24;
        track.active = active;
        track.createdAt = Instant.now();
        track.updatedAt = track.createdAt;
        for (int level = 1; level <= levels; level++) {
            track.levels.add(new TrackLevel(level, "نیاز سطح " + level, "Needs of level " + level));
        }
        track.persist();
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

    /** An open request of the member on the track at {@code level}. */
    @Transactional
    public CertificationRequest request(Member member, String trackCode, int level) {
        CertificationRequest request = new CertificationRequest();
        request.memberId = member.id;
        request.membershipNumber = member.membershipNumber;
        request.accountSubject = member.accountSubject;
        request.holderName = member.fullName;
        request.holderNameLatin = member.fullNameLatin;
        request.language = "fa";
        request.track = Track.byCode(trackCode).orElseThrow();
        request.level = level;
        request.evidence = "Three years of services in production";
        request.links = new ArrayList<>(List.of("https://example.org/work"));
        request.status = RequestStatus.SUBMITTED;
        request.submittedAt = Instant.now();
        request.updatedAt = request.submittedAt;
        request.persist();
        return request;
    }

    /** A certificate granted to the member, issued on {@code issuedOn} for the track's validity. */
    @Transactional
    public Certificate certificate(Member member, String trackCode, int level, LocalDate issuedOn) {
        CertificationRequest request = request(member, trackCode, level);
        request.status = RequestStatus.GRANTED;
        request.grantedLevel = level;
        request.decidedAt = Instant.now();
        request.decidedBy = "Assessor";
        request.decidedBySubject = "assessor-subject";
        Certificate certificate = new Certificate();
        certificate.publicCode = PublicCode.generate();
        certificate.requestId = request.id;
        certificate.memberId = member.id;
        certificate.membershipNumber = member.membershipNumber;
        certificate.holderName = member.fullName;
        certificate.holderNameLatin = member.fullNameLatin;
        certificate.track = request.track;
        certificate.level = level;
        certificate.issuedOn = issuedOn;
        certificate.expiresOn = issuedOn.plusMonths(request.track.validityMonths);
        certificate.issuedAt = Instant.now();
        certificate.persist();
        return certificate;
    }

    @Transactional
    public void revoke(Certificate certificate, String reason) {
        Certificate.update("revokedAt = ?1, revokedBy = 'Admin', revocationReason = ?2 where id = ?3", Instant.now(),
                reason, certificate.id);
    }

    /** The audit entries about a track, oldest first. */
    @Transactional
    public List<AuditEntry> history(String code) {
        return AuditEntry.historyOf(TrackService.ENTITY, code);
    }
}
