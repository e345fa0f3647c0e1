package ir.guild.registry.dashboard.web;

import static ir.guild.registry.membership.web.PageForms.get;
import static ir.guild.registry.membership.web.PageForms.page;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.LegalAidFixtures;
import ir.guild.registry.legalaid.web.DeskFixtures;
import ir.guild.registry.membership.Member;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

/** The admins' home: the way to every admin section, and the legal-aid cases whose first response is overdue. */
@QuarkusTest
class AdminHomePageTest {

    private static final String HOME = "/admin";

    @Inject
    LegalAidFixtures fixtures;

    @Inject
    DeskFixtures desk;

    @BeforeEach
    void clean() {
        fixtures.clear();
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void theHomeLeadsToEveryAdminSectionAndSaysWhenNoCaseIsOverdue() {
        fixtures.filedBy("sara");
        Document page = page(HOME, Language.FA);
        assertThat(page.selectFirst("h1").text()).isEqualTo("مدیریت صنف");
        assertThat(page.select("#admin-sections a").eachAttr("href")).containsExactly("/admin/applications",
                "/admin/members", "/admin/members/import", "/admin/tracks", "/admin/certificates", "/admin/partners",
                "/admin/audit", "/admin/reports", "/counsel");
        Element none = page.selectFirst("#legal-aid #overdue-count");
        assertThat(none.text()).isEqualTo("هیچ پرونده‌ای از مهلت پاسخ نخست نگذشته است.");
        assertThat(page.select("#overdue-cases")).isEmpty();
        assertThat(page.select("nav a[href=/admin]")).isNotEmpty();
        assertThat(page.select("nav a[href=/counsel]")).isNotEmpty();
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void overdueCasesAreCountedAndListedWithTheirCounselLinkingToTheDesk() {
        Member sara = fixtures.member("sara");
        LegalAidCase unassigned = fixtures.filedBy(sara);
        LegalAidCase taken = fixtures.claim(fixtures.filedBy(sara).id, LegalAidFixtures.counsel("counsel-2"));
        LegalAidCase answered = fixtures.working(fixtures.filedBy(sara).id, LegalAidFixtures.counsel("counsel-3"));
        LegalAidCase onTime = fixtures.filedBy(sara);
        desk.overdue(unassigned.id);
        desk.dueOn(taken.id, unassigned.firstResponseDue.minusDays(20));
        desk.overdue(answered.id);

        Document page = page(HOME, Language.FA);
        assertThat(page.selectFirst("#overdue-count").text()).isEqualTo("پرونده‌های گذشته از مهلت پاسخ نخست: ۲");
        assertThat(page.select("#overdue-cases tbody tr").eachAttr("data-case-id"))
                .containsExactly(taken.id.toString(), unassigned.id.toString())
                .doesNotContain(answered.id.toString(), onTime.id.toString());
        Element first = page.selectFirst("#overdue-cases tr[data-case-id=" + taken.id + "]");
        assertThat(first.selectFirst("a").attr("href")).isEqualTo("/counsel/cases/" + taken.id);
        assertThat(first.selectFirst("a").text()).isEqualTo(taken.caseNumber);
        assertThat(first.text()).contains("Counsel counsel-2", "گذشته از مهلت");
        assertThat(first.select("time").get(0).text())
                .isEqualTo(JalaliDates.formatDateTime(taken.createdAt, Language.FA.locale(), GuildClock.ZONE));
        assertThat(first.select("time").get(1).text()).isEqualTo(JalaliDates
                .formatDate(unassigned.firstResponseDue.minusDays(20), Language.FA.locale()));
        assertThat(page.selectFirst("#overdue-cases tr[data-case-id=" + unassigned.id + "]").text())
                .contains("بدون مشاور");

        Document english = page(HOME, Language.EN);
        assertThat(english.selectFirst("h1").text()).isEqualTo("Guild administration");
        assertThat(english.selectFirst("#overdue-count").text())
                .isEqualTo("Cases past their first-response deadline: 2");
        assertThat(english.selectFirst("#overdue-cases tr[data-case-id=" + unassigned.id + "]").text())
                .contains("unassigned", "overdue");
        assertThat(get("/counsel/cases/" + taken.id, Language.EN).statusCode()).isEqualTo(200);
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void aLongOverdueListEndsWithALinkToTheDesk() {
        Member sara = fixtures.member("sara");
        for (int i = 0; i <= AdminHomePage.OVERDUE_SHOWN; i++) {
            desk.overdue(desk.filed(sara, "OTHER", "LOW", "Case " + i).id);
        }
        Document page = page(HOME, Language.EN);
        assertThat(page.select("#overdue-cases tbody tr")).hasSize(AdminHomePage.OVERDUE_SHOWN);
        assertThat(page.selectFirst("#overdue-more a").text()).startsWith("and 1 more");
        assertThat(page.selectFirst("#overdue-more a").attr("href")).isEqualTo("/counsel");
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void counselReachTheDeskFromTheMenuButNotTheAdminHome() {
        assertThat(get(HOME, Language.FA).statusCode()).isEqualTo(403);
        Document tracks = page("/tracks", Language.FA);
        assertThat(tracks.select("nav a[href=/counsel]")).isNotEmpty();
        assertThat(tracks.select("nav a[href=/admin]")).isEmpty();
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void membersAreRefusedAndSeeNeitherLink() {
        assertThat(get(HOME, Language.FA).statusCode()).isEqualTo(403);
        Document tracks = page("/tracks", Language.FA);
        assertThat(tracks.select("nav a[href=/counsel], nav a[href=/admin]")).isEmpty();
    }

    @Test
    @TestSecurity(user = "assessor-1", roles = "assessor")
    void assessorsAreRefused() {
        assertThat(get(HOME, Language.FA).statusCode()).isEqualTo(403);
    }

    @Test
    @TestSecurity(user = "partner-1", roles = "partner")
    void partnerFirmsAreRefused() {
        assertThat(get(HOME, Language.FA).statusCode()).isEqualTo(403);
    }

    @Test
    @TestSecurity(user = "applicant-1")
    void applicantsAreRefused() {
        assertThat(get(HOME, Language.FA).statusCode()).isEqualTo(403);
    }

    @Test
    void anonymousVisitorsMustSignIn() {
        assertThat(get(HOME, Language.FA).statusCode()).isEqualTo(401);
    }
}
