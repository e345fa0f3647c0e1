package ir.guild.registry.legalaid.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import ir.guild.registry.legalaid.CaseStatus;
import ir.guild.registry.legalaid.CounselDesk.Scope;
import ir.guild.registry.legalaid.Urgency;
import ir.guild.registry.membership.web.Choice;
import ir.guild.registry.reference.LegalAidCategory;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.web.Pagination;

/**
 * One page of the desk's queue as the page draws it: the cases, the filter that chose them,
 * the tabs to the other scopes and links to the other pages. Page numbers in links start at 1.
 *
 * @param mine whether the "my cases" tab is offered: only counsel are assigned cases
 * @param admin admins' "all" is every case; a counsel's is the unassigned ones and their own
 * @param notice what the last action did, when it led back here
 */
public record CounselQueue(List<CaseRow> items, Scope scope, CaseStatus status, LegalAidCategory category,
        Urgency urgency, int pageIndex, int size, long total, long overdue, boolean mine, boolean admin,
        String notice, Language language) {

    /** A tab of the queue: a scope, with the other filters kept. */
    public record Tab(Scope scope, String href, boolean current) {
    }

    public List<Tab> tabs() {
        List<Tab> tabs = new ArrayList<>();
        for (Scope each : Scope.values()) {
            if (each != Scope.MINE || mine) {
                tabs.add(new Tab(each, href(each, 0), each == scope));
            }
        }
        return tabs;
    }

    public String scopeValue() {
        return scope.name().toLowerCase(Locale.ROOT);
    }

    public List<CaseStatus> statuses() {
        return List.of(CaseStatus.values());
    }

    public List<Urgency> urgencies() {
        return List.of(Urgency.values());
    }

    public List<Choice> categories() {
        return Arrays.stream(LegalAidCategory.values())
                .map(each -> new Choice(each.name(), each.label(language.locale()), each == category)).toList();
    }

    public String totalText() {
        return LocalDigits.of(total, language);
    }

    public String overdueText() {
        return LocalDigits.of(overdue, language);
    }

    public Pagination pagination() {
        return new Pagination(pageIndex, size, total, language, index -> href(scope, index));
    }

    /** The queue in {@code shown}, with the same filters, on page {@code index} (from 0). */
    String href(Scope shown, int index) {
        StringBuilder href = new StringBuilder(CounselPage.PATH).append("?assigned=")
                .append(shown.name().toLowerCase(Locale.ROOT));
        if (status != null) {
            href.append("&status=").append(status.name());
        }
        if (category != null) {
            href.append("&category=").append(category.name());
        }
        if (urgency != null) {
            href.append("&urgency=").append(urgency.name());
        }
        if (index > 0) {
            href.append("&page=").append(index + 1);
        }
        return href.toString();
    }
}
