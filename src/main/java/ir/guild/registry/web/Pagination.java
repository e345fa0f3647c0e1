package ir.guild.registry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;


/**
 * The links under one page of a long list, as {@code tags/pagination.html} draws them: the
 * previous and next pages, the first and the last, and a few around the page shown.
 *
 * @param pageIndex the page shown, counted from 0
 * @param href the link to a page (counted from 0) that keeps the list's filter
 */
public record Pagination(int pageIndex, int size, long total, Language language, IntFunction<String> href) {

    /** Links shown on each side of the current page, besides the first and the last. */
    static final int WINDOW = 2;

    /** A link to one page of the list; a gap in the numbering has no href. */
    public record PageLink(String label, String href, boolean current) {
        public boolean gap() {
            return href == null;
        }
    }

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public String previousHref() {
        return pageIndex > 0 ? href.apply(pageIndex - 1) : null;
    }

    public String nextHref() {
        return pageIndex + 1 < pageCount() ? href.apply(pageIndex + 1) : null;
    }

    public List<PageLink> pages() {
        List<PageLink> links = new ArrayList<>();
        int last = pageCount() - 1;
        boolean gapAdded = false;
        for (int index = 0; index <= last; index++) {
            if (index == 0 || index == last || Math.abs(index - pageIndex) <= WINDOW) {
                links.add(new PageLink(LocalDigits.of(index + 1, language), href.apply(index), index == pageIndex));
                gapAdded = false;
            } else if (!gapAdded) {
                links.add(new PageLink("…", null, false));
                gapAdded = true;
            }
        }
        return links;
    }
}
