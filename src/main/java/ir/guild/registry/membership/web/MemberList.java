package ir.guild.registry.membership.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberStatus;
import ir.guild.registry.reference.Grade;
import ir.guild.registry.reference.Province;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.LocalDigits;

/**
 * What the members list page shows: one page of rows, whether another page follows, the number
 * of matches counted up to {@code countCap} (one more than that means "more than"), the filters
 * as typed, and their errors.
 */
public record MemberList(List<Row> rows, boolean more, long total, int countCap, int page, int size,
        Filters filters, Map<String, String> errors, Language language) {

    /** A member with the status they have today, and their grade and province in the page's language. */
    public record Row(Member member, MemberStatus status, String grade, String province) {

        static Row of(Member member, LocalDate today, Language language) {
            return new Row(member, member.statusOn(today), member.grade.label(language.locale()),
                    member.province.label(language.locale()));
        }

        public String badge() {
            return MemberPage.badge(status);
        }
    }

    /** The filters exactly as the admin gave them, to fill the form again and to keep in page links. */
    public record Filters(String status, String grade, String province, String q) {

        String query() {
            StringBuilder query = new StringBuilder();
            append(query, "status", status);
            append(query, "grade", grade);
            append(query, "province", province);
            append(query, "q", q);
            return query.toString();
        }

        /** The CSV export of exactly the members these filters list. */
        public String exportHref() {
            String query = query();
            return "/api/v1/admin/members/export"
                    + (query.isEmpty() ? "" : "?" + query.substring(0, query.length() - 1));
        }

        private static void append(StringBuilder query, String name, String value) {
            if (value != null && !value.isBlank()) {
                query.append(name).append('=').append(URLEncoder.encode(value.trim(), StandardCharsets.UTF_8))
                        .append('&');
            }
        }
    }

    public List<MemberStatus> statuses() {
        return List.of(MemberStatus.values());
    }

    public List<Grade> grades() {
        return List.of(Grade.values());
    }

    public List<Province> provinces() {
        return List.of(Province.values());
    }

    /** Whether the count stopped at the cap, so neither the total nor the last page is known. */
    public boolean capped() {
        return total > countCap;
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean paginated() {
        return capped() || pages() > 1;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return more;
    }

    public String link(int target) {
        return "/admin/members?" + filters.query() + "page=" + target;
    }

    public String previousLink() {
        return link(page - 1);
    }

    public String nextLink() {
        return link(page + 1);
    }

    public String totalText() {
        return LocalDigits.grouped(capped() ? countCap : total, language);
    }

    public String pageText() {
        return LocalDigits.grouped(page + 1, language);
    }

    public String pagesText() {
        return LocalDigits.grouped(pages(), language);
    }

    public String error(String field) {
        return errors.get(field);
    }
}
