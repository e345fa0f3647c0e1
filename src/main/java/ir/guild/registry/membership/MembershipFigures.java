package ir.guild.registry.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ir.guild.registry.reference.Grade;
import ir.guild.registry.reference.Province;
import ir.guild.registry.web.GuildClock;

/**
 * The registry in figures for the admins' dashboard: every figure is one aggregate query, so
 * that a registry of a million members is counted by PostgreSQL, not loaded.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class MembershipFigures {

    /** Applications waiting: for an admin's decision, and for the applicant's answer. */
    public record Waiting(long forDecision, long forApplicant, Instant oldestSubmittedAt) {
    }

    /** Applications submitted and approved in the week starting on {@code weekStart} (a Saturday). */
    public record Week(LocalDate weekStart, long submitted, long approved) {
    }

    private final EntityManager em;

    MembershipFigures(EntityManager em) {
        this.em = em;
    }

    public Waiting waitingApplications() {
        Object[] row = em.createQuery("""
                select count(*) filter (where a.status = :submitted),
                       count(*) filter (where a.status = :needsInfo),
                       min(a.submittedAt) filter (where a.status = :submitted)
                from Application a where a.status in (:submitted, :needsInfo)""", Object[].class)
                .setParameter("submitted", ApplicationStatus.SUBMITTED)
                .setParameter("needsInfo", ApplicationStatus.NEEDS_INFO)
                .getSingleResult();
        return new Waiting((Long) row[0], (Long) row[1], (Instant) row[2]);
    }

    /** Every membership by its status on {@code today}, expired ones apart from active ones. */
    public Map<MemberStatus, Long> membersByStatus(LocalDate today) {
        Object[] row = em.createQuery("""
                select count(*) filter (where m.status = :active and m.validUntil >= :today),
                       count(*) filter (where m.status = :active and m.validUntil < :today),
                       count(*) filter (where m.status = :suspended),
                       count(*) filter (where m.status = :revoked)
                from Member m""", Object[].class)
                .setParameter("active", Member.StoredStatus.ACTIVE)
                .setParameter("suspended", Member.StoredStatus.SUSPENDED)
                .setParameter("revoked", Member.StoredStatus.REVOKED)
                .setParameter("today", today)
                .getSingleResult();
        Map<MemberStatus, Long> byStatus = new EnumMap<>(MemberStatus.class);
        byStatus.put(MemberStatus.ACTIVE, (Long) row[0]);
        byStatus.put(MemberStatus.EXPIRED, (Long) row[1]);
        byStatus.put(MemberStatus.SUSPENDED, (Long) row[2]);
        byStatus.put(MemberStatus.REVOKED, (Long) row[3]);
        return byStatus;
    }

    /** Members in good standing on {@code today} (active, not expired) by province; every province is present. */
    public Map<Province, Long> activeByProvince(LocalDate today) {
        Map<Province, Long> byProvince = zeros(Province.class);
        activeGroupedBy("province", today).forEach(row -> byProvince.put((Province) row[0], (Long) row[1]));
        return byProvince;
    }

    /** Members in good standing on {@code today} by grade; every grade is present. */
    public Map<Grade, Long> activeByGrade(LocalDate today) {
        Map<Grade, Long> byGrade = zeros(Grade.class);
        activeGroupedBy("grade", today).forEach(row -> byGrade.put((Grade) row[0], (Long) row[1]));
        return byGrade;
    }

    /**
     * Applications submitted and approved per week (weeks start on Saturday, in the guild's time
     * zone) from the week of {@code firstWeek} through the week of {@code today}, oldest first,
     * weeks without any included.
     */
    public List<Week> weekly(LocalDate firstWeek, LocalDate today) {
        Instant since = GuildClock.startOf(firstWeek);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with day as (
                    select (submitted_at at time zone :zone)::date as on_day, 1 as submitted, 0 as approved
                    from membership_application where submitted_at >= :since
                    union all
                    select (decided_at at time zone :zone)::date, 0, 1
                    from membership_application where status = 'APPROVED' and decided_at >= :since
                )
                select to_char(on_day - (extract(isodow from on_day)::int + 1) % 7, 'YYYY-MM-DD'),
                       sum(submitted), sum(approved)
                from day group by 1""")
                .setParameter("since", since)
                .setParameter("zone", GuildClock.ZONE.getId())
                .getResultList();
        Map<LocalDate, long[]> counted = new HashMap<>();
        for (Object[] row : rows) {
            counted.put(LocalDate.parse((String) row[0]),
                    new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        List<Week> weeks = new ArrayList<>();
        for (LocalDate week = firstWeek; !week.isAfter(today); week = week.plusWeeks(1)) {
            long[] figures = counted.getOrDefault(week, new long[2]);
            weeks.add(new Week(week, figures[0], figures[1]));
        }
        return weeks;
    }

    private List<Object[]> activeGroupedBy(String field, LocalDate today) {
        return em.createQuery("select m." + field + ", count(*) from Member m"
                + " where m.status = :active and m.validUntil >= :today group by m." + field, Object[].class)
                .setParameter("active", Member.StoredStatus.ACTIVE)
                .setParameter("today", today)
                .getResultList();
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        return counts;
    }
}
