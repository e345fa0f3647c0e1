package ir.guild.registry.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.audit.AuditFilter;
import ir.guild.registry.audit.ChainVerification;
import ir.guild.registry.membership.web.FormErrors;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.web.Pagination;

/**
 * What the audit page shows: one page of entries, the filters as typed with their errors, the
 * CSV link for the same filters and, after the admin asked for it, the outcome of the chain check.
 */
public record AuditList(List<AuditEntry> entries, Pagination pages, long total, Filters filters, FormErrors errors,
        String csvLink, ChainVerification verification, Language language) {

    /** The filters exactly as the admin typed them, dates in the page's calendar. */
    public record Filters(String actor, String entity, String action, String from, String to) {

        static final Filters NONE = new Filters(null, null, null, null, null);

        /** The filters as a query string ending in {@code &}, or an empty string. */
        public String query() {
            StringBuilder query = new StringBuilder();
            append(query, "actor", actor);
            append(query, "entity", entity);
            append(query, "action", action);
            append(query, "from", from);
            append(query, "to", to);
            return query.toString();
        }

        /** The same filters for the API, whose dates are always ISO. */
        static String apiQuery(AuditFilter filter) {
            StringBuilder query = new StringBuilder();
            append(query, "actor", filter.actor());
            append(query, "entity", filter.entity());
            append(query, "action", filter.action());
            append(query, "from", filter.from() == null ? null : filter.from().toString());
            append(query, "to", filter.to() == null ? null : filter.to().toString());
            return query.toString();
        }

        private static void append(StringBuilder query, String name, String value) {
            if (value != null && !value.isBlank()) {
                query.append(name).append('=').append(URLEncoder.encode(value.trim(), StandardCharsets.UTF_8))
                        .append('&');
            }
        }
    }

    public String totalText() {
        return LocalDigits.grouped(total, language);
    }

    public boolean verified() {
        return verification != null;
    }

    public String verifiedEntriesText() {
        return verification == null ? "" : LocalDigits.grouped(verification.entries(), language);
    }

    public String firstBrokenText() {
        return verification == null || verification.firstBrokenId() == null ? ""
                : LocalDigits.of(verification.firstBrokenId(), language);
    }

    /** Whether the broken entry no longer links to the one before it (rather than its content being changed). */
    public boolean brokenLink() {
        return verification != null && verification.problem() != null && verification.problem().contains("link");
    }

    /** Where the verify form posts: the page's own filters are kept for the page it answers with. */
    public String verifyAction() {
        String query = filters.query();
        return AdminAuditPage.PATH + "/verify" + (query.isEmpty() ? "" : "?" + query.substring(0, query.length() - 1));
    }
}
