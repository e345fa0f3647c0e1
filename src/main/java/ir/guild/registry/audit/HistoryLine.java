package ir.guild.registry.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One line of a record's history on an admin page (a member, a partner firm), as the audit log recorded it. */
public record HistoryLine(Instant occurredAt, String actor, String action, String summary) {

    public static HistoryLine of(AuditEntry entry) {
        return new HistoryLine(entry.occurredAt, entry.actor, entry.action, entry.summary);
    }

    /** For {@code <time datetime>}, which takes at most milliseconds. */
    public String datetime() {
        return occurredAt.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
