package ir.guild.registry.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.audit.AuditFixtures;
import ir.guild.registry.membership.web.PageForms;
import ir.guild.registry.web.Language;

/** The audit page: filters in the page's calendar, newest first, the CSV link and the chain check. */
@QuarkusTest
@TestSecurity(user = "demo-admin", roles = "admin")
class AdminAuditPageTest {

    @Inject
    AuditFixtures fixtures;

    private AuditEntry approval;
    private AuditEntry suspension;
    private AuditEntry caseRead;

    /** 8, 9 and 10 Azar 1405 in Tehran: 29, 30 November and 1 December 2026. */
    @BeforeEach
    void threeEntries() {
        fixtures.clear();
        approval = fixtures.entry(Instant.parse("2026-11-28T21:00:00Z"), "demo-admin", "admin",
                "application.approve", "Application", "7", "status: SUBMITTED -> APPROVED");
        suspension = fixtures.entry(Instant.parse("2026-11-30T10:00:00Z"), "other-admin", "admin",
                "member.suspend", "Member", "1405-000001", "status: ACTIVE -> SUSPENDED");
        caseRead = fixtures.entry(Instant.parse("2026-12-01T20:29:00Z"), "counsel-1", "counsel",
                "legalaid.read", "LegalAidCase", "3", "read");
    }

    private static String[] rowIds(Document page) {
        return page.select("#audit-entries tbody tr").stream().map(row -> row.attr("data-entry-id"))
                .toArray(String[]::new);
    }

    @Test
    void persianPageListsEntriesNewestFirstInJalali() {
        Document page = PageForms.page("/admin/audit", Language.FA);
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        PageForms.assertEveryFieldHasALabel(page);
        assertThat(rowIds(page)).containsExactly(caseRead.id.toString(), suspension.id.toString(),
                approval.id.toString());
        Element time = page.selectFirst("tr[data-entry-id=" + approval.id + "] time");
        assertThat(time.text()).contains("۸ آذر ۱۴۰۵");
        assertThat(page.selectFirst("#csv-link").attr("href")).isEqualTo("/api/v1/admin/audit.csv");
    }

    @Test
    void persianDateFilterTakesJalaliDays() {
        Document page = PageForms.page("/admin/audit?from=۱۴۰۵/۰۹/۰۸&to=1405/09/09", Language.FA);
        assertThat(rowIds(page)).containsExactly(suspension.id.toString(), approval.id.toString());
        assertThat(page.selectFirst("#filter-from").attr("value")).isEqualTo("۱۴۰۵/۰۹/۰۸");
        // The CSV link carries the same days, as the API spells them.
        assertThat(page.selectFirst("#csv-link").attr("href"))
                .isEqualTo("/api/v1/admin/audit.csv?from=2026-11-29&to=2026-11-30");
    }

    @Test
    void englishDateFilterTakesGregorianDays() {
        Document page = PageForms.page("/admin/audit?from=2026-12-01", Language.EN);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(rowIds(page)).containsExactly(caseRead.id.toString());
    }

    @Test
    void eachFilterNarrowsTheTable() {
        assertThat(rowIds(PageForms.page("/admin/audit?actor=other-admin", Language.FA)))
                .containsExactly(suspension.id.toString());
        assertThat(rowIds(PageForms.page("/admin/audit?entity=Application:7", Language.FA)))
                .containsExactly(approval.id.toString());
        Document byAction = PageForms.page("/admin/audit?action=legalaid", Language.EN);
        assertThat(rowIds(byAction)).containsExactly(caseRead.id.toString());
        assertThat(byAction.selectFirst("#csv-link").attr("href")).isEqualTo("/api/v1/admin/audit.csv?action=legalaid");
    }

    @Test
    void aBadDateIsShownBesideItsField() {
        Response response = PageForms.get("/admin/audit?from=1405/13/01", Language.FA);
        assertThat(response.statusCode()).isEqualTo(400);
        Document page = PageForms.parseValid(response);
        assertThat(page.selectFirst("[data-field=from]").text()).isEqualTo("تاریخ معتبر نیست.");
        assertThat(page.selectFirst("#filter-from").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#csv-link")).isNull();
    }

    @Test
    void theButtonReportsAnIntactChain() {
        Response page = PageForms.get("/admin/audit", Language.EN);
        Document answer = PageForms.parseValid(PageForms.PageForm.of(page, "#verify-form", Language.EN).post());
        assertThat(answer.selectFirst("#chain-intact").text()).isEqualTo("The chain is intact: 3 entries.");
        assertThat(answer.select("#chain-broken")).isEmpty();
    }

    @Test
    void theButtonFindsAnEntryEditedInTheDatabase() {
        fixtures.tamper("update audit_entry set actor = 'someone-else' where id = " + suspension.id);
        Response page = PageForms.get("/admin/audit?actor=demo-admin", Language.FA);
        Response posted = PageForms.PageForm.of(page, "#verify-form", Language.FA).post();
        assertThat(posted.statusCode()).isEqualTo(200);
        Document answer = PageForms.parseValid(posted);
        Element broken = answer.selectFirst("#chain-broken");
        assertThat(broken.attr("data-first-broken-id")).isEqualTo(suspension.id.toString());
        assertThat(broken.text()).contains("اثر (hash)");
        // The filters stay as they were.
        assertThat(rowIds(answer)).containsExactly(approval.id.toString());
    }

    @Test
    void theCheckWithoutACsrfTokenIsRefused() {
        Response page = PageForms.get("/admin/audit", Language.EN);
        Response posted = PageForms.PageForm.of(page, "#verify-form", Language.EN).withoutCsrfToken().post();
        assertThat(posted.statusCode()).isIn(400, 403);
    }
}
