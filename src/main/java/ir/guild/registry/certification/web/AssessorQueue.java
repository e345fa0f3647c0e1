package ir.guild.registry.certification.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import ir.guild.registry.certification.RequestStatus;
import ir.guild.registry.certification.web.CertificationViews.RequestRow;
import ir.guild.registry.membership.web.Choice;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.Pagination;

/**
 * One page of the assessors' queue as the page draws it: the requests, the filter that chose
 * them and links to the other pages. Page numbers in links start at 1.
 *
 * @param status the status shown, null for any
 * @param track the track code shown, null for any
 * @param pageIndex the page shown, counted from 0
 */
public record AssessorQueue(List<RequestRow> items, RequestStatus status, String track, List<Choice> tracks,
        int pageIndex, int size, long total, Language language) {

    static final String PATH = "/assessor";
    /** The filter's value for "every status"; a queue opened without a filter shows the submitted requests. */
    static final String ANY = "ANY";

    public List<RequestStatus> statuses() {
        return List.of(RequestStatus.values());
    }

    public String statusValue() {
        return status == null ? ANY : status.name();
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
        StringBuilder href = new StringBuilder(PATH).append("?status=").append(statusValue());
        if (track != null) {
            href.append("&track=").append(URLEncoder.encode(track, StandardCharsets.UTF_8));
        }
        return href.append("&page=").append(index + 1).toString();
    }
}
