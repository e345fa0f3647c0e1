package ir.guild.registry.legalaid.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import ir.guild.registry.identity.Role;
import ir.guild.registry.legalaid.CaseEntry;
import ir.guild.registry.legalaid.CaseStatus;
import ir.guild.registry.legalaid.EntryKind;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.LegalAidDocument;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.LocalDigits;

/**
 * What the member's legal-aid pages show of cases, their timelines and documents, in the page's
 * language and digits. Only what the member may see is ever given to these views: the timeline
 * comes from {@code LegalAidService.timeline} for the member, without internal notes.
 */
final class CaseViews {

    static final String MINE = "/me/legal-aid";

    private CaseViews() {
    }

    /** A case in the member's list, with the day of the desk's last reply, if any. */
    public record CaseRow(long id, String caseNumber, String subject, String category, CaseStatus status,
            String tone, Instant filedAt, LocalDate filedOn, Instant lastReplyAt, LocalDate lastReplyOn) {

        public String href() {
            return path(id);
        }
    }

    /**
     * One line of the timeline the member sees: a status change or a shared message, by the member
     * ({@code member}), their counsel ({@code counsel}) or an admin ({@code admin}).
     */
    public record TimelineLine(long id, EntryKind kind, String authorRole, CaseStatus fromStatus,
            CaseStatus toStatus, String body, Instant at) {

        public boolean message() {
            return kind == EntryKind.MESSAGE;
        }

        /** The first line of every case: it was filed, with no status before. */
        public boolean filed() {
            return kind == EntryKind.STATUS_CHANGE && fromStatus == null;
        }

        public boolean byMember() {
            return Role.MEMBER.realmRole().equals(authorRole);
        }
    }

    /** A document as a link to download it. */
    public record DocumentRow(long id, String name, String mediaType, String sizeShown, Instant uploadedAt,
            String href) {
    }

    static String path(long id) {
        return MINE + "/" + id;
    }

    static CaseRow row(LegalAidCase legalCase, List<CaseEntry> timeline, Language language) {
        Optional<Instant> lastReply = lastReply(timeline);
        return new CaseRow(legalCase.id, legalCase.caseNumber, legalCase.subject,
                legalCase.category.label(language.locale()), legalCase.status, tone(legalCase.status),
                legalCase.createdAt, day(legalCase.createdAt), lastReply.orElse(null),
                lastReply.map(CaseViews::day).orElse(null));
    }

    /**
     * When the desk last answered: the newest message or status change written by counsel or an
     * admin. What the member wrote, or their own withdrawal, is no reply.
     */
    static Optional<Instant> lastReply(List<CaseEntry> timeline) {
        return timeline.stream()
                .filter(entry -> entry.kind == EntryKind.MESSAGE || entry.kind == EntryKind.STATUS_CHANGE)
                .filter(entry -> !Role.MEMBER.realmRole().equals(entry.authorRole))
                .map(entry -> entry.createdAt).max(Comparator.naturalOrder());
    }

    /** The member's timeline, oldest first; internal notes are dropped should one ever be handed in. */
    static List<TimelineLine> timeline(List<CaseEntry> entries) {
        return entries.stream().filter(entry -> entry.kind.sharedWithMember())
                .map(entry -> new TimelineLine(entry.id, entry.kind, entry.authorRole, entry.fromStatus,
                        entry.toStatus, entry.body, entry.createdAt))
                .toList();
    }

    static List<DocumentRow> documents(long caseId, List<LegalAidDocument> documents, Language language) {
        return documents.stream().map(document -> new DocumentRow(document.id, document.fileName,
                document.mediaType, LocalDigits.kilobytes(document.sizeBytes, language), document.uploadedAt,
                path(caseId) + "/documents/" + document.id)).toList();
    }

    /** The Bootstrap colour of a case's status; the words always go with it. */
    static String tone(CaseStatus status) {
        return switch (status) {
            case SUBMITTED, TRIAGED, ASSIGNED -> "primary";
            case IN_PROGRESS -> "info";
            case AWAITING_MEMBER -> "warning";
            case RESOLVED -> "success";
            case DECLINED -> "danger";
            case CLOSED, WITHDRAWN -> "secondary";
        };
    }

    /** An amount of Rials with thousands separators in the page's digits; null when none was given. */
    static String amount(LegalAidCase legalCase, Language language) {
        return legalCase.amountInDispute == null ? null
                : LocalDigits.grouped(legalCase.amountInDispute.longValueExact(), language);
    }

    /** The Tehran day of a moment, as the guild's dates are shown. */
    static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, GuildClock.ZONE);
    }
}
