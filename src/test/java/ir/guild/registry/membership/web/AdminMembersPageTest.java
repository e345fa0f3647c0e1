package ir.guild.registry.membership.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;

import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.MemberService;
import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.web.Language;

/** The admins' member pages in Persian and English, and their forms with the CSRF token. */
@QuarkusTest
class AdminMembersPageTest {

    @Inject
    MembershipTestData data;

    @Inject
    MemberFixtures fixtures;

    @Inject
    MemberService members;

    @BeforeEach
    void clean() {
        data.clear();
    }

    /** A page as a browser gets it, with the cookies (CSRF) it set, ready to submit one of its forms. */
    private record Page(Document document, Map<String, String> cookies) {

        Response submit(String formId, Map<String, String> fields) {
            Element form = document.getElementById(formId);
            assertThat(form).as("form #" + formId).isNotNull();
            Map<String, String> values = new HashMap<>();
            form.select("input[type=hidden]").forEach(input -> values.put(input.attr("name"), input.attr("value")));
            values.putAll(fields);
            // As a browser posts a UTF-8 page's form: UTF-8 bytes, no charset in the content type.
            return given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                    .defaultContentCharset(StandardCharsets.UTF_8)
                    .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                    .contentType("application/x-www-form-urlencoded")
                    .redirects().follow(false).cookies(cookies).formParams(values)
                    .when().post(form.attr("action"));
        }
    }

    private static Page open(String path, Language language, int status) {
        Response response = given().cookie(Language.COOKIE, language.code()).accept("text/html")
                .when().get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        Map<String, String> cookies = new HashMap<>(response.getCookies());
        cookies.put(Language.COOKIE, language.code());
        return new Page(parse(response), cookies);
    }

    /** Parses a page, which must have no HTML syntax error. */
    private static Document parse(Response response) {
        Parser parser = Parser.htmlParser().setTrackErrors(20);
        Document document = Jsoup.parse(response.asString(), "", parser);
        assertThat(parser.getErrors()).as("HTML errors").isEmpty();
        return document;
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void theListIsPersianWithStatusWordsAndLinksToEachMember() {
        Member active = fixtures.approve("active");
        Member suspended = fixtures.suspended("suspended");

        Document page = open("/admin/members", Language.FA, 200).document();
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(page.selectFirst("h1").text()).isEqualTo("اعضای صنف");
        assertThat(page.select("#members tbody tr").eachAttr("data-number"))
                .containsExactly(suspended.membershipNumber, active.membershipNumber);
        Element row = page.selectFirst("tr[data-number=" + suspended.membershipNumber + "]");
        assertThat(row.selectFirst("a").attr("href")).isEqualTo("/admin/members/" + suspended.membershipNumber);
        assertThat(row.selectFirst(".badge").text()).isEqualTo("تعلیق‌شده");
        assertThat(row.selectFirst(".badge").hasClass("text-bg-warning")).isTrue();
        assertThat(row.selectFirst("time").text()).matches("[۰-۹]+ \\S+ [۰-۹]{4}");
        assertThat(page.selectFirst("#member-total").text()).isEqualTo("۲ عضو");
        assertThat(page.selectFirst("#export-link").attr("href")).isEqualTo("/api/v1/admin/members/export");
        assertThat(page.selectFirst("#import-link").attr("href")).isEqualTo("/admin/members/import");
        PageForms.assertEveryFieldHasALabel(page);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void theListFiltersByExpiredInEnglishAndKeepsTheChoice() {
        fixtures.approve("active");
        Member expired = fixtures.validUntil(fixtures.approve("expired").membershipNumber,
                MemberFixtures.today().minusDays(5));

        Document page = open("/admin/members?status=EXPIRED", Language.EN, 200).document();
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("#members tbody tr").eachAttr("data-number"))
                .containsExactly(expired.membershipNumber);
        assertThat(page.selectFirst("#members .badge").text()).isEqualTo("Expired");
        assertThat(page.selectFirst("#members .badge").hasClass("text-bg-secondary")).isTrue();
        assertThat(page.selectFirst("#filter-status option[selected]").attr("value")).isEqualTo("EXPIRED");
        assertThat(page.selectFirst("#member-total").text()).isEqualTo("1 members");

        // The export link downloads the members the page lists, with the same filters.
        String export = page.selectFirst("#export-link").attr("href");
        assertThat(export).isEqualTo("/api/v1/admin/members/export?status=EXPIRED");
        String csv = given().when().get(export).then().statusCode(200).extract().asString();
        assertThat(csv.lines().skip(1).toList()).singleElement().asString().contains(expired.membershipNumber);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void theListSearchesAndPagesKeepingTheFilters() {
        for (int i = 0; i < 22; i++) {
            fixtures.approve("many-" + i);
        }
        Document first = open("/admin/members?q=sara", Language.EN, 200).document();
        assertThat(first.select("#members tbody tr")).hasSize(20);
        assertThat(first.selectFirst("#page-position").text()).isEqualTo("Page 1 of 2");
        assertThat(first.selectFirst("#previous-page")).isNull();
        assertThat(first.selectFirst("#next-page").attr("href")).isEqualTo("/admin/members?q=sara&page=1");
        assertThat(first.selectFirst("#filter-q").attr("value")).isEqualTo("sara");

        Document second = open("/admin/members?q=sara&page=1", Language.FA, 200).document();
        assertThat(second.select("#members tbody tr")).hasSize(2);
        assertThat(second.selectFirst("#page-position").text()).isEqualTo("صفحه ۲ از ۲");
        assertThat(second.selectFirst("#previous-page").attr("href")).isEqualTo("/admin/members?q=sara&page=0");
        assertThat(second.selectFirst("#next-page")).isNull();

        Document none = open("/admin/members?q=nobody", Language.EN, 200).document();
        assertThat(none.selectFirst("#no-members")).isNotNull();
        assertThat(none.selectFirst("#members")).isNull();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void pagesListTheMatchesNewestNumberFirstEachOnce() {
        List<String> approved = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            approved.add(fixtures.approve("ordered-" + i).membershipNumber);
        }
        List<String> shown = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            open("/admin/members?q=sara&page=" + page, Language.EN, 200).document().select("#members tbody tr")
                    .forEach(row -> shown.add(row.attr("data-number")));
        }
        List<String> newestFirst = new ArrayList<>(approved);
        newestFirst.sort(Comparator.reverseOrder());
        assertThat(shown).containsExactlyElementsOf(newestFirst);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void anUnknownFilterIsShownBesideItsField() {
        Document page = open("/admin/members?grade=MASTER", Language.EN, 400).document();
        assertThat(page.selectFirst("#filter-grade").hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst("#filter-grade-error").text()).isEqualTo("This is not one of the listed choices.");
        assertThat(page.selectFirst("#filter-status-error")).isNull();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aMembersPageShowsDetailsStatusHistoryAndTheAllowedForms() {
        Member member = fixtures.suspended("shown");

        Document fa = open("/admin/members/" + member.membershipNumber, Language.FA, 200).document();
        assertThat(fa.selectFirst("#member-status").text()).isEqualTo("تعلیق‌شده");
        assertThat(fa.selectFirst("#member-status").hasClass("text-bg-warning")).isTrue();
        assertThat(fa.selectFirst("#status-reason").text()).contains("Unpaid dues");
        assertThat(fa.selectFirst("#national-id").text()).isEqualTo(member.nationalId);
        assertThat(fa.selectFirst("#valid-until").text()).matches("[۰-۹]+ \\S+ [۰-۹]{4}");
        assertThat(fa.select("#history tbody tr").eachAttr("data-action")).contains("application.approve")
                .last().isEqualTo("member.suspend");
        assertThat(fa.select("#history tbody tr").last().select("td").get(2).text()).isEqualTo("تعلیق عضویت");
        // Suspended: it can be reinstated, renewed or revoked, not suspended again.
        assertThat(fa.getElementById("suspend-form")).isNull();
        assertThat(fa.getElementById("reinstate-form")).isNotNull();
        assertThat(fa.getElementById("renew-form")).isNotNull();
        assertThat(fa.getElementById("revoke-form")).isNotNull();
        assertThat(fa.select("#revoke-form input[name=version]").attr("value"))
                .isEqualTo(Integer.toString(member.version));
        PageForms.assertEveryFieldHasALabel(fa);

        Document en = open("/admin/members/" + member.membershipNumber, Language.EN, 200).document();
        assertThat(en.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(en.selectFirst("#member-status").text()).isEqualTo("Suspended");
        assertThat(en.selectFirst("#valid-until").text()).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}");
        assertThat(en.select("#history tbody tr").last().select("td").get(2).text()).isEqualTo("Membership suspended");
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void suspendingThroughTheFormRedirectsBackWithTheNewStatus() {
        Member member = fixtures.approve("to-suspend");
        Page page = open("/admin/members/" + member.membershipNumber, Language.FA, 200);

        Response posted = page.submit("suspend-form", Map.of("reason", "عدم پرداخت حق عضویت"));
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.header("Location")).endsWith("/admin/members/" + member.membershipNumber + "?done=suspend");

        Member now = fixtures.reload(member.membershipNumber);
        assertThat(now.status).isEqualTo(Member.StoredStatus.SUSPENDED);
        assertThat(now.statusReason).isEqualTo("عدم پرداخت حق عضویت");

        Document after = open("/admin/members/" + member.membershipNumber + "?done=suspend", Language.FA, 200)
                .document();
        assertThat(after.selectFirst("#done").text()).isEqualTo("عضویت تعلیق شد و به عضو خبر داده شد.");
        assertThat(after.selectFirst("#member-status").attr("data-status")).isEqualTo("SUSPENDED");
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aSuspensionWithoutAReasonShowsTheErrorBesideTheFieldInThePagesLanguage() {
        Member member = fixtures.approve("no-reason");
        long outbox = fixtures.lastOutboxId();

        Response fa = open("/admin/members/" + member.membershipNumber, Language.FA, 200)
                .submit("suspend-form", Map.of("reason", "  "));
        assertThat(fa.statusCode()).isEqualTo(400);
        assertThat(parse(fa).selectFirst("#suspend-reason-error").text()).isEqualTo("این مورد الزامی است.");
        assertThat(parse(fa).selectFirst("#suspend-reason").hasClass("is-invalid")).isTrue();

        Response en = open("/admin/members/" + member.membershipNumber, Language.EN, 200)
                .submit("suspend-form", Map.of("reason", ""));
        assertThat(en.statusCode()).isEqualTo(400);
        assertThat(parse(en).selectFirst("#suspend-reason-error").text()).isEqualTo("This field is required.");
        assertThat(parse(en).selectFirst("#revoke-reason-error")).isNull();

        assertThat(fixtures.reload(member.membershipNumber).status).isEqualTo(Member.StoredStatus.ACTIVE);
        assertThat(fixtures.lastOutboxId()).isEqualTo(outbox);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void revokingNeedsTheConfirmationAndKeepsWhatWasTyped() {
        Member member = fixtures.approve("to-revoke");
        Page page = open("/admin/members/" + member.membershipNumber, Language.EN, 200);

        Response unconfirmed = page.submit("revoke-form", Map.of("reason", "Forged documents"));
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        Document shown = parse(unconfirmed);
        assertThat(shown.selectFirst("#revoke-confirm-error").text())
                .isEqualTo("Tick this box to confirm the revocation.");
        assertThat(shown.selectFirst("#revoke-reason").text()).isEqualTo("Forged documents");
        assertThat(shown.selectFirst("#revoke-reason-error")).isNull();
        assertThat(fixtures.reload(member.membershipNumber).status).isEqualTo(Member.StoredStatus.ACTIVE);

        Response empty = page.submit("revoke-form", Map.of("reason", ""));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(parse(empty).selectFirst("#revoke-reason-error").text()).isEqualTo("This field is required.");
        assertThat(parse(empty).selectFirst("#revoke-confirm-error")).isNotNull();

        Response confirmed = page.submit("revoke-form", Map.of("reason", "Forged documents", "confirm", "yes"));
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(fixtures.reload(member.membershipNumber).status).isEqualTo(Member.StoredStatus.REVOKED);

        Document after = open("/admin/members/" + member.membershipNumber, Language.EN, 200).document();
        assertThat(after.selectFirst("#member-status").text()).isEqualTo("Revoked");
        assertThat(after.selectFirst("#member-status").hasClass("text-bg-danger")).isTrue();
        assertThat(after.select("form")).extracting(form -> form.attr("action")).containsExactly("/lang");
        assertThat(after.selectFirst("#no-actions")).isNotNull();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void reinstatingAndRenewingThroughTheForms() {
        Member member = fixtures.suspended("back");
        fixtures.validUntil(member.membershipNumber, MemberFixtures.today().minusDays(2));

        Response reinstated = open("/admin/members/" + member.membershipNumber, Language.FA, 200)
                .submit("reinstate-form", Map.of());
        assertThat(reinstated.statusCode()).isEqualTo(303);
        assertThat(fixtures.reload(member.membershipNumber).status).isEqualTo(Member.StoredStatus.ACTIVE);

        Page expired = open("/admin/members/" + member.membershipNumber, Language.EN, 200);
        assertThat(expired.document().selectFirst("#member-status").text()).isEqualTo("Expired");
        Response renewed = expired.submit("renew-form", Map.of());
        assertThat(renewed.statusCode()).isEqualTo(303);
        assertThat(renewed.header("Location")).endsWith("?done=renew");
        assertThat(fixtures.reload(member.membershipNumber).validUntil)
                .isEqualTo(MemberFixtures.today().plusYears(1));
        assertThat(open("/admin/members/" + member.membershipNumber, Language.EN, 200).document()
                .selectFirst("#member-status").text()).isEqualTo("Active");
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aFormSubmittedAfterSomeoneElseChangedTheMemberShowsAConflict() {
        Member member = fixtures.approve("raced");
        Page page = open("/admin/members/" + member.membershipNumber, Language.FA, 200);
        members.renew(member.membershipNumber, null, MemberFixtures.ADMIN);
        Member renewed = fixtures.reload(member.membershipNumber);

        Response late = page.submit("suspend-form", Map.of("reason", "دیر رسید"));
        assertThat(late.statusCode()).isEqualTo(409);
        Document shown = parse(late);
        assertThat(shown.selectFirst("#conflict").attr("role")).isEqualTo("alert");
        assertThat(shown.select("#suspend-form input[name=version]").attr("value"))
                .isEqualTo(Integer.toString(renewed.version));
        Member now = fixtures.reload(member.membershipNumber);
        assertThat(now.status).isEqualTo(Member.StoredStatus.ACTIVE);
        assertThat(now.version).isEqualTo(renewed.version);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aFormWithoutItsCsrfTokenIsRefused() {
        Member member = fixtures.approve("forged");
        given().redirects().follow(false).formParam("reason", "x").formParam("version", member.version)
                .when().post("/admin/members/" + member.membershipNumber + "/suspend")
                .then().statusCode(400);
        assertThat(fixtures.reload(member.membershipNumber).status).isEqualTo(Member.StoredStatus.ACTIVE);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void anUnknownMemberIsAPageNotFound() {
        Document page = open("/admin/members/1399-999999", Language.EN, 404).document();
        assertThat(page.selectFirst("h1").text()).contains("404");
    }
}
