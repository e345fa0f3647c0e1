package ir.guild.registry.certification.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import ir.guild.registry.certification.RequestStatus;
import ir.guild.registry.certification.web.CertificationViews.RequestRow;
import ir.guild.registry.membership.web.Choice;
import ir.guild.registry.membership.web.LocalDigits;
import ir.guild.registry.web.Language;

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
    /** Links shown on each side of the current page, besides the first and the last. */
    static final int WINDOW = 2;

    /** A link to one page of the queue; a gap in the numbering has no href. */
    public record PageLink(String label, String href, boolean current) {
        public boolean gap() {
            return href == null;
        }
    }

    public List<RequestStatus> statuses() {
        return List.of(RequestStatus.values());
    }

    public String statusValue() {
        return status == null ? ANY : status.name();
    }

    public String totalText() {
        return LocalDigits.of(total, language);
    }

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public String previousHref() {
        return pageIndex > 0 ? href(pageIndex - 1) : null;
    }

    public String nextHref() {
        return pageIndex + 1 < pageCount() ? href(pageIndex + 1) : null;
    }

    public List<PageLink> pages() {
        List<PageLink> links = new ArrayList<>();
        int last = pageCount() - 1;
        boolean gapAdded = false;
        for (int index = 0; index <= last; index++) {
            if (index == 0 || index == last || Math.abs(index - pageIndex) <= WINDOW) {
                links.add(new PageLink(LocalDigits.of(index + 1, language), href(index), index == pageIndex));
                gapAdded = false;
            } else if (!gapAdded) {
                links.add(new PageLink("…", null, false));
                gapAdded = true;
            }
        }
        return links;
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
