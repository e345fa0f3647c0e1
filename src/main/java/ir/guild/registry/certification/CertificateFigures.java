package ir.guild.registry.certification;

import java.time.LocalDate;
import java.util.List;

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

    /** Every track of the catalog with its certificates in force on {@code today}, the most held first. */
    public List<TrackCount> inForceByTrack(LocalDate today) {
        return em.createQuery("""
                select new ir.guild.registry.certification.CertificateFigures$TrackCount(
                       t.code, t.titleFa, t.titleEn, count(c.id))
                from Track t left join Certificate c
                    on c.track = t and c.revokedAt is null and c.expiresOn >= :today
                group by t.id, t.code, t.titleFa, t.titleEn
                order by count(c.id) desc, t.code""", TrackCount.class)
                .setParameter("today", today).getResultList();
    }
}
