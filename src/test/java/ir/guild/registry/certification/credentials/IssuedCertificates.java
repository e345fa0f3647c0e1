package ir.guild.registry.certification.credentials;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ir.guild.registry.certification.Certificate;
import ir.guild.registry.certification.CertificationRequest;
import ir.guild.registry.certification.PublicCode;
import ir.guild.registry.certification.RequestStatus;
import ir.guild.registry.certification.Track;
import ir.guild.registry.certification.TrackLevel;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.web.GuildClock;

/**
 * Certificates written straight into the tables (track, granted request, certificate), for
 * tests of what is issued from them; revocation too is a direct update here.
 */
@ApplicationScoped
public class IssuedCertificates {

    private static final AtomicInteger TRACKS = new AtomicInteger();

    private final EntityManager em;
    private final MembershipTestData membershipData;

    IssuedCertificates(EntityManager em, MembershipTestData membershipData) {
        this.em = em;
        this.membershipData = membershipData;
    }

    /** A level-2 certificate on a new track, issued today and valid for two years. */
    @Transactional
    public Certificate grant(Member holder) {
        Instant now = Instant.now();
        Track track = new Track();
        track.code = "BACKEND_JAVA_" + TRACKS.incrementAndGet();
        track.titleFa = "برنامه‌نویسی بک‌اند با جاوا";
        track.titleEn = "Backend development in Java";
        track.validityMonths = 24;
        track.levels.add(new TrackLevel(1, "پایه", "Foundation"));
        track.levels.add(new TrackLevel(2, "حرفه‌ای", "Professional"));
        track.createdAt = now;
        track.updatedAt = now;
        track.persist();

        CertificationRequest request = new CertificationRequest();
        request.memberId = holder.id;
        request.membershipNumber = holder.membershipNumber;
        request.accountSubject = holder.accountSubject;
        request.holderName = holder.fullName;
        request.holderNameLatin = holder.fullNameLatin;
        request.language = "fa";
        request.track = track;
        request.level = 2;
        request.evidence = "Five years of services in production";
        request.status = RequestStatus.GRANTED;
        request.submittedAt = now;
        request.updatedAt = now;
        request.decidedAt = now;
        request.decidedBy = "Assessor";
        request.decidedBySubject = "assessor-subject";
        request.grantedLevel = 2;
        request.persist();

        Certificate certificate = new Certificate();
        certificate.publicCode = PublicCode.generate();
        certificate.requestId = request.id;
        certificate.memberId = holder.id;
        certificate.membershipNumber = holder.membershipNumber;
        certificate.holderName = holder.fullName;
        certificate.holderNameLatin = holder.fullNameLatin;
        certificate.track = track;
        certificate.level = 2;
        certificate.issuedOn = LocalDate.now(GuildClock.ZONE);
        certificate.expiresOn = certificate.issuedOn.plusMonths(track.validityMonths);
        certificate.issuedAt = now;
        certificate.persist();
        em.flush();
        em.refresh(certificate);
        em.detach(certificate);
        return certificate;
    }

    @Transactional
    public void revoke(long certificateId) {
        em.createNativeQuery("""
                update certificate set revoked_at = now(), revoked_by = 'Admin', revocation_reason = 'Forged evidence'
                 where id = ?1""").setParameter(1, certificateId).executeUpdate();
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

    /** Empties the certification tables and then the membership ones. */
    @Transactional
    public void clear() {
        for (String table : List.of("certificate", "certification_evidence_file", "certification_request_link",
                "certification_request", "certification_track_level", "certification_track")) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
        membershipData.clear();
    }
}
