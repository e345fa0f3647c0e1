package ir.guild.registry.legalaid;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ir.guild.registry.common.CsvStream;
import ir.guild.registry.common.DateRange;
import ir.guild.registry.web.GuildClock;

/**
 * Legal-aid case statistics as CSV, one row per case filed in a date range. Cases are
 * confidential: the rows carry figures only (see {@link CaseFigures}), read page by page.
 */
@ApplicationScoped
public class CaseStatistics {

    static final int PAGE_SIZE = 500;

    public static final List<String> COLUMNS = List.of("caseNumber", "category", "urgency", "status", "filedOn",
            "firstResponseDue", "responded", "respondedOnTime", "counselAssigned");

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
