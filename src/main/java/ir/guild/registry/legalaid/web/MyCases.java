package ir.guild.registry.legalaid.web;

import java.util.List;

import ir.guild.registry.legalaid.web.CaseViews.CaseRow;

/**
 * The member's legal-aid page: their cases, newest first, and whether they may file another.
 *
 * @param blocked why the person cannot file a case now ({@code NOT_MEMBER}, {@code SUSPENDED},
 *        {@code EXPIRED}, {@code REVOKED}), or null when they may
 */
public record MyCases(String blocked, List<CaseRow> cases) {

    public boolean mayFile() {
        return blocked == null;
    }
}
