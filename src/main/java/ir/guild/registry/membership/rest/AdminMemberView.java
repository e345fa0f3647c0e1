package ir.guild.registry.membership.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.membership.Member;

/**
 * A membership as admins see it: everything the guild holds, the version to send back with
 * a change and, for one member, the history from the audit log.
 */
@Schema(name = "AdminMember")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdminMemberView(String membershipNumber, String status, String statusReason, String grade,
        String fullName, String fullNameLatin, String nationalId, String email, String mobile, String province,
        String city, List<String> specialties, LocalDate memberSince, LocalDate validUntil, boolean directoryListed,
        String language, int version, List<HistoryEntry> history) {

    @Schema(name = "MemberHistoryEntry")
    public record HistoryEntry(Instant occurredAt, String actor, String actorRole, String action, String summary) {

        static HistoryEntry of(AuditEntry entry) {
            return new HistoryEntry(entry.occurredAt, entry.actor, entry.actorRole, entry.action, entry.summary);
        }
    }

    public static AdminMemberView of(Member member, LocalDate today) {
        return withHistory(member, today, null);
    }

    public static AdminMemberView of(Member member, LocalDate today, List<AuditEntry> history) {
        return withHistory(member, today, history.stream().map(HistoryEntry::of).toList());
    }

    private static AdminMemberView withHistory(Member m, LocalDate today, List<HistoryEntry> history) {
        return new AdminMemberView(m.membershipNumber, m.statusOn(today).name(), m.statusReason, m.grade.name(),
                m.fullName, m.fullNameLatin, m.nationalId, m.email, m.mobile, m.province.name(), m.city,
                m.specialties.stream().map(Enum::name).sorted().toList(), m.memberSince, m.validUntil,
                m.directoryListed, m.language, m.version, history);
    }
}
