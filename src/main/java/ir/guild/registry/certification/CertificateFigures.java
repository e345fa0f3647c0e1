package ir.guild.registry.certification;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Certificates in figures for the admins' dashboard, each counted by one aggregate query. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class CertificateFigures {

    /** How many certificates of a track are in force: issued, not revoked, not yet expired. */
    public record TrackCount(String code, String titleFa, String titleEn, long inForce) {
    }

    private final EntityManager em;

    CertificateFigures(EntityManager em) {
        this.em = em;
    }

    /** Certificates issued from {@code since} on, revoked ones included: they were issued. */
    public long issuedSince(LocalDate since) {
        return em.createQuery("select count(*) from Certificate c where c.issuedOn >= :since", Long.class)
                .setParameter("since", since).getSingleResult();
    }

    /**
     * Every track of the catalog with its certificates in force on {@code today}, the most held
     * first. The certificates are counted from the index of those not revoked, the catalog's few
     * tracks read apart.
     */
    public List<TrackCount> inForceByTrack(LocalDate today) {
        Map<Long, Long> inForce = new HashMap<>();
        em.createQuery("""
                select c.track.id, count(*) from Certificate c
                where c.revokedAt is null and c.expiresOn >= :today group by c.track.id""", Object[].class)
                .setParameter("today", today)
                .getResultList().forEach(row -> inForce.put((Long) row[0], (Long) row[1]));
        return em.createQuery("select t.id, t.code, t.titleFa, t.titleEn from Track t", Object[].class)
                .getResultList().stream()
                .map(row -> new TrackCount((String) row[1], (String) row[2], (String) row[3],
                        inForce.getOrDefault((Long) row[0], 0L)))
                .sorted(Comparator.comparingLong(TrackCount::inForce).reversed().thenComparing(TrackCount::code))
                .toList();
    }
}
