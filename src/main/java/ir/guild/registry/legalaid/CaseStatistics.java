package ir.guild.registry.legalaid;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ir.guild.registry.common.CsvStream;
import ir.guild.registry.common.DateRange;
import ir.guild.registry.reference.LegalAidCategory;
import ir.guild.registry.web.GuildClock;

/**
 * Legal-aid case statistics: as CSV, one row per case filed in a date range, and as the
 * dashboard's figures over every case. Cases are confidential: the rows carry figures only (see
 * {@link CaseFigures}), read page by page, and the figures are counted by PostgreSQL.
 */
@ApplicationScoped
public class CaseStatistics {

    /** The desk's figures on a day: cases open and overdue, every case by category and by SLA outcome. */
    public record Figures(long open, long overdue, Map<LegalAidCategory, Long> byCategory,
            Map<SlaOutcome, Long> bySlaOutcome) {
    }

    static final int PAGE_SIZE = 500;

    public static final List<String> COLUMNS = List.of("caseNumber", "category", "urgency", "status", "filedOn",
            "firstResponseDue", "responded", "respondedOnTime", "counselAssigned");

    private final EntityManager em;

    CaseStatistics(EntityManager em) {
        this.em = em;
    }

    /**
     * The figures on {@code today}. Overdue counts as the desk does: open, unanswered, and due
     * before today; a response is on time as in {@link CaseFigures#respondedOnTime()}.
     */
    @Transactional(TxType.SUPPORTS)
    public Figures figures(LocalDate today) {
        Object[] counts = em.createQuery("""
                select count(*) filter (where c.status in :open),
                       count(*) filter (where c.status in :open and c.firstRespondedAt is null
                           and c.firstResponseDue < :today)
                from LegalAidCase c""", Object[].class)
                .setParameter("open", CaseStatus.OPEN)
                .setParameter("today", today)
                .getSingleResult();
        Map<LegalAidCategory, Long> byCategory = new EnumMap<>(LegalAidCategory.class);
        for (LegalAidCategory category : LegalAidCategory.values()) {
            byCategory.put(category, 0L);
        }
        em.createQuery("select c.category, count(*) from LegalAidCase c group by c.category", Object[].class)
                .getResultList().forEach(row -> byCategory.put((LegalAidCategory) row[0], (Long) row[1]));
        Map<SlaOutcome, Long> bySlaOutcome = new EnumMap<>(SlaOutcome.class);
        for (SlaOutcome outcome : SlaOutcome.values()) {
            bySlaOutcome.put(outcome, 0L);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> outcomes = em.createNativeQuery("""
                select case
                    when first_responded_at is not null then
                        case when first_responded_at < ((first_response_due + 1)::timestamp at time zone :zone)
                            then 'ON_TIME' else 'LATE' end
                    when status in (:open) then
                        case when first_response_due < :today then 'OVERDUE' else 'WAITING' end
                    else 'NO_RESPONSE' end,
                    count(*)
                from legal_aid_case group by 1""")
                .setParameter("zone", GuildClock.ZONE.getId())
                .setParameter("open", CaseStatus.OPEN.stream().map(Enum::name).toList())
                .setParameter("today", today)
                .getResultList();
        outcomes.forEach(row -> bySlaOutcome.put(SlaOutcome.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        return new Figures((Long) counts[0], (Long) counts[1], byCategory, bySlaOutcome);
    }

    public void write(DateRange filed, OutputStream out) throws IOException {
        CsvStream.write(out, COLUMNS, afterId -> {
            List<CaseFigures> page = QuarkusTransaction.requiringNew()
                    .call(() -> LegalAidCase.figuresPage(filed, afterId, PAGE_SIZE));
            List<List<String>> rows = page.stream().map(CaseStatistics::row).toList();
            long lastId = page.isEmpty() ? afterId : page.get(page.size() - 1).id();
            return CsvStream.Chunk.of(rows, page.size(), PAGE_SIZE, lastId);
        });
    }

    private static List<String> row(CaseFigures figures) {
        return List.of(
                figures.caseNumber(),
                figures.category().name(),
                figures.urgency().name(),
                figures.status().name(),
                figures.createdAt().atZone(GuildClock.ZONE).toLocalDate().toString(),
                figures.firstResponseDue() == null ? "" : figures.firstResponseDue().toString(),
                yesNo(figures.responded()),
                figures.responded() ? yesNo(figures.respondedOnTime()) : "",
                yesNo(figures.counselAssigned()));
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
