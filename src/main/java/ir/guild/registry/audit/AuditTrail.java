package ir.guild.registry.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ir.guild.registry.common.CsvStream;
import ir.guild.registry.common.PageOf;
import ir.guild.registry.common.SpreadsheetCells;
import ir.guild.registry.identity.CurrentPerson;

/** The audit log as admins read it: filtered pages, a CSV copy and the check of its chain. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class AuditTrail {

    static final int CSV_PAGE = 500;

    /** The columns of the CSV copy, in order. */
    public static final List<String> CSV_COLUMNS = List.of("id", "occurredAt", "actor", "actorRole", "action",
            "entityType", "entityId", "summary");

    private final AuditLog log;

    AuditTrail(AuditLog log) {
        this.log = log;
    }

    /** One page of the entries the filter selects, newest first, with how many there are in all. */
    public PageOf<AuditEntry> page(AuditFilter filter, int page, int size) {
        return new PageOf<>(AuditEntry.matching(filter, page, size), page, size, AuditEntry.countMatching(filter));
    }

    public ChainVerification verify() {
        return log.verify();
    }

    /** Who took a copy of the log, and which part: written before the file is. */
    @Transactional
    public void recordExport(CurrentPerson admin, AuditFilter filter) {
        log.record(new AuditEvent(Actor.of(admin), "audit.export", "AuditEntry", "*", describe(filter)));
    }

    /**
     * Writes the entries the filter selects as CSV, newest first. Entries are read page by page
     * (keyset on id), each page in its own short transaction, and written out as they come:
     * memory stays flat and no connection is held while a slow client downloads.
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public void writeCsv(AuditFilter filter, OutputStream out) throws IOException {
        CsvStream.write(out, CSV_COLUMNS, position -> {
            long before = position == 0 ? Long.MAX_VALUE : position;
            List<AuditEntry> page = QuarkusTransaction.requiringNew()
                    .call(() -> AuditEntry.matchingBefore(filter, before, CSV_PAGE));
            List<List<String>> rows = page.stream().map(entry -> List.of(entry.id.toString(),
                    entry.occurredAt.toString(), SpreadsheetCells.cell(entry.actor),
                    SpreadsheetCells.cell(entry.actorRole), SpreadsheetCells.cell(entry.action),
                    SpreadsheetCells.cell(entry.entityType), SpreadsheetCells.cell(entry.entityId),
                    SpreadsheetCells.cell(entry.summary))).toList();
            return CsvStream.Chunk.of(rows, page.size(), CSV_PAGE, page.isEmpty() ? 0 : page.get(page.size() - 1).id);
        });
    }

    private static String describe(AuditFilter filter) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("actor", filter.actor());
        parts.put("entity", filter.entity());
        parts.put("action", filter.action());
        parts.put("from", filter.from());
        parts.put("to", filter.to());
        String set = parts.entrySet().stream().filter(part -> part.getValue() != null)
                .map(part -> part.getKey() + "=" + part.getValue()).collect(Collectors.joining("; "));
        return "CSV export of " + (set.isEmpty() ? "the whole audit log" : "audit entries with " + set);
    }
}
