package ir.guild.registry.membership.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import ir.guild.registry.membership.Application;
import ir.guild.registry.membership.ApplicationStatus;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.web.Pagination;

/**
 * One page of the admins' queue as the page draws it: the applications, the filter that
 * chose them, and links to the other pages. Page numbers in links start at 1.
 *
 * @param pageIndex the page shown, counted from 0
 */
public record ApplicationQueue(List<Application> items, ApplicationStatus status, String search, int pageIndex,
        int size, long total, Language language) {

    static final String PATH = "/admin/applications";

    public List<ApplicationStatus> statuses() {
        return List.of(ApplicationStatus.values());
    }

    public String searchValue() {
        return search == null ? "" : search;
    }

    public String totalText() {
        return LocalDigits.of(total, language);
    }

    /** Links to the other pages of the queue, each with the same filter. */
    public Pagination pagination() {
        return new Pagination(pageIndex, size, total, language, this::href);
    }

    /** The same filter on another page. */
    String href(int index) {
        StringBuilder href = new StringBuilder(PATH).append("?page=").append(index + 1);
        if (status != null) {
            href.append("&status=").append(status.name());
        }
        if (search != null && !search.isEmpty()) {
            href.append("&q=").append(URLEncoder.encode(search, StandardCharsets.UTF_8));
        }
        return href.toString();
    }
}
