package ir.guild.registry.legalaid.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.legalaid.CaseEntry;
import ir.guild.registry.legalaid.CaseStatus;
import ir.guild.registry.legalaid.EntryKind;

/** One line of a case's timeline. */
@Schema(name = "LegalAidCaseEntry")
public record EntryView(
        long id,
        @Schema(description = "STATUS_CHANGE or MESSAGE; INTERNAL_NOTE only in a counsel's or admin's view") EntryKind kind,
        String authorName,
        @Schema(description = "member, counsel or admin") String authorRole,
        String body,
        CaseStatus fromStatus,
        CaseStatus toStatus,
        Instant createdAt) {

    static EntryView of(CaseEntry entry) {
        return new EntryView(entry.id, entry.kind, entry.authorName, entry.authorRole, entry.body, entry.fromStatus,
                entry.toStatus, entry.createdAt);
    }
}
