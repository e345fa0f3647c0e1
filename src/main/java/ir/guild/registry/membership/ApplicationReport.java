package ir.guild.registry.membership;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ir.guild.registry.common.CsvStream;
import ir.guild.registry.common.SpreadsheetCells;
import ir.guild.registry.common.DateRange;
import ir.guild.registry.web.GuildClock;

/**
 * Membership applications as CSV, for admins counting and following them up: who applied,
 * from where, with what background, and how far each got. Contact details and national IDs stay
 * in the application itself. Read page by page (keyset on id), one short transaction each.
 */
@ApplicationScoped
public class ApplicationReport {

    static final int PAGE_SIZE = 500;

    public static final List<String> COLUMNS = List.of("id", "fullName", "fullNameLatin", "province", "city",
            "educationLevel", "yearsOfExperience", "employmentStatus", "status", "submittedOn", "decidedOn");

    public void write(ApplicationStatus status, DateRange submitted, OutputStream out) throws IOException {
        CsvStream.write(out, COLUMNS, afterId -> {
            List<List<String>> rows = QuarkusTransaction.requiringNew().call(() -> Application
                    .reportPage(status, submitted, afterId, PAGE_SIZE).stream().map(ApplicationReport::row).toList());
            // The first column is the id the next page starts after.
            long lastId = rows.isEmpty() ? afterId : Long.parseLong(rows.get(rows.size() - 1).get(0));
            return CsvStream.Chunk.of(rows, rows.size(), PAGE_SIZE, lastId);
        });
    }

    private static List<String> row(Application application) {
        return List.of(
                application.id.toString(),
                SpreadsheetCells.cell(application.fullName),
                SpreadsheetCells.cell(application.fullNameLatin),
                application.province.name(),
                SpreadsheetCells.cell(application.city),
                application.educationLevel.name(),
                Integer.toString(application.yearsOfExperience),
                application.employmentStatus.name(),
                application.status.name(),
                day(application.submittedAt),
                day(application.decidedAt));
    }

    private static String day(Instant instant) {
        return instant == null ? "" : instant.atZone(GuildClock.ZONE).toLocalDate().toString();
    }
}
