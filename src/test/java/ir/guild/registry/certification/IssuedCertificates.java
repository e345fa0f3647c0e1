package ir.guild.registry.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ir.guild.registry.membership.Member;

/**
 * Certificates for the verification tests, written straight into their tables (a track, a
 * granted request and the certificate), as granting would leave them.
 */
@ApplicationScoped
public class IssuedCertificates {

    public static final String TRACK_CODE = "VERIFY_BACKEND_JAVA";
    public static final String TRACK_FA = "برنامه‌نویسی سمت سرور با جاوا";
    public static final String TRACK_EN = "Backend development in Java";

    private final EntityManager em;

    IssuedCertificates(EntityManager em) {
        this.em = em;
    }

    /** A certificate at level 2 issued a year ago and valid for another year. */
    public Certificate valid(Member holder) {
        LocalDate today = LocalDate.now(ir.guild.registry.web.GuildClock.ZONE);
        return issue(holder, PublicCode.generate(), 2, today.minusYears(1), today.plusYears(1));
    }

    /** A certificate whose last valid day was yesterday. */
    public Certificate expired(Member holder) {
        LocalDate today = LocalDate.now(ir.guild.registry.web.GuildClock.ZONE);
        return issue(holder, PublicCode.generate(), 1, today.minusYears(2), today.minusDays(1));
    }

    @Transactional
    public Certificate issue(Member holder, String code, int level, LocalDate issuedOn, LocalDate expiresOn) {
        Track track = track();
        Instant issuedAt = Instant.now();

        CertificationRequest request = new CertificationRequest();
        request.memberId = holder.id;
        request.membershipNumber = holder.membershipNumber;
        request.accountSubject = holder.accountSubject;
        request.holderName = holder.fullName;
        request.holderNameLatin = holder.fullNameLatin;
        request.language = "fa";
        request.track = track;
        request.level = level;
        request.evidence = "Five years of Java services in production.";
        request.links = List.of("https://github.com/sara");
        request.status = RequestStatus.GRANTED;
        request.submittedAt = issuedAt;
        request.updatedAt = issuedAt;
        request.decidedAt = issuedAt;
        request.decidedBy = "Assessor";
        request.decidedBySubject = "assessor-subject";
        request.grantedLevel = level;
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
        certificate.issuedAt = issuedAt;
        certificate.persist();
        em.flush();
        em.detach(certificate);
        return certificate;
    }

    @Transactional
    public void revoke(Certificate certificate) {
        Certificate stored = Certificate.findById(certificate.id);
        stored.revokedAt = Instant.now();
        stored.revokedBy = "Admin";
        stored.revocationReason = "Evidence found to be copied";
    }

    /** Empties the certification tables, so the membership tables can be emptied after them. */
    @Transactional
    public void clear() {
        em.createNativeQuery("delete from certificate").executeUpdate();
        em.createNativeQuery("delete from certification_evidence_file").executeUpdate();
        em.createNativeQuery("delete from certification_request_link").executeUpdate();
        em.createNativeQuery("delete from certification_request").executeUpdate();
        em.createNativeQuery("delete from certification_track_level").executeUpdate();
        em.createNativeQuery("delete from certification_track").executeUpdate();
    }

    private Track track() {
        return Track.byCode(TRACK_CODE).orElseGet(() -> {
            Track track = new Track();
            track.code = TRACK_CODE;
            track.titleFa = TRACK_FA;
            track.titleEn = TRACK_EN;
            track.validityMonths = 24;
            track.levels.add(new TrackLevel(1, "پایه", "Foundation"));
            track.levels.add(new TrackLevel(2, "میانی", "Intermediate"));
            track.levels.add(new TrackLevel(3, "پیشرفته", "Advanced"));
            track.createdAt = Instant.now();
            track.updatedAt = track.createdAt;
            track.persist();
            return track;
        });
    }
}
