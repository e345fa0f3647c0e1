package ir.guild.registry.membership;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ir.guild.registry.audit.Actor;
import ir.guild.registry.audit.AuditEvent;
import ir.guild.registry.audit.AuditLog;
import ir.guild.registry.common.CsvStream;
import ir.guild.registry.identity.CurrentPerson;

/**
 * Writes the registry, or the part of it a filter selects, as CSV. Members are read page by
 * page (keyset on id), each page in its own short transaction, and written out as they come:
 * memory stays flat and no connection is held while a slow client downloads.
 */
@ApplicationScoped
public class RegistryExport {

    static final int PAGE_SIZE = 500;

    private final AuditLog audit;

    RegistryExport(AuditLog audit) {
        this.audit = audit;
    }

    /** Who took a copy of members' personal data, and which part: recorded before the file is written. */
    @Transactional
    public void recordExport(CurrentPerson admin, MemberFilter filter) {
        audit.record(new AuditEvent(Actor.of(admin), "member.export", "Member", "*", describe(filter)));
    }

    public void write(MemberFilter filter, LocalDate today, OutputStream out) throws IOException {
        CsvStream.write(out, RegistryCsv.EXPORT_COLUMNS, afterId -> {
            Page page = QuarkusTransaction.requiringNew().call(() -> readPage(filter, today, afterId));
            List<List<String>> rows = page.entries().stream()
                    .map(entry -> row(entry, page.specialties().getOrDefault(entry.id(), List.of()), today)).toList();
            long lastId = page.entries().isEmpty() ? afterId : page.entries().get(page.entries().size() - 1).id();
            return CsvStream.Chunk.of(rows, page.entries().size(), PAGE_SIZE, lastId);
        });
    }

    private static Page readPage(MemberFilter filter, LocalDate today, long afterId) {
        List<RegistryEntry> entries = Member.registryPage(filter, today, afterId, PAGE_SIZE);
        return new Page(entries, Member.specialtyCodesOf(entries.stream().map(RegistryEntry::id).toList()));
    }

    private static List<String> row(RegistryEntry entry, List<String> specialties, LocalDate today) {
        return List.of(
                RegistryCsv.cell(entry.membershipNumber()),
                RegistryCsv.cell(entry.fullName()),
                RegistryCsv.cell(entry.fullNameLatin()),
                RegistryCsv.cell(entry.nationalId()),
                RegistryCsv.cell(entry.email()),
                RegistryCsv.cell(entry.mobile()),
                entry.province().name(),
                RegistryCsv.cell(entry.city()),
                entry.grade().name(),
                entry.statusOn(today).name(),
                entry.memberSince().toString(),
                entry.validUntil().toString(),
                Boolean.toString(entry.directoryListed()),
                String.join(RegistryCsv.SPECIALTY_SEPARATOR, specialties));
    }

    private static String describe(MemberFilter filter) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("status", filter.status());
        parts.put("grade", filter.grade());
        parts.put("province", filter.province());
        // The search term itself may be a name or a national ID: the append-only log keeps no personal data.
        parts.put("search", filter.search() == null ? null : "yes");
        String set = parts.entrySet().stream().filter(part -> part.getValue() != null)
                .map(part -> part.getKey() + "=" + part.getValue()).collect(Collectors.joining("; "));
        return "CSV export of " + (set.isEmpty() ? "the whole registry" : "members with " + set);
    }

    private record Page(List<RegistryEntry> entries, Map<Long, List<String>> specialties) {
    }
}
