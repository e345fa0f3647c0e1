package ir.guild.registry.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

@QuarkusTest
class PagesTest {

    @Test
    void theHomePageIsPersianAndRightToLeftByDefault() {
        Document page = Jsoup.parse(given().when().get("/").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).contains("/webjars/bootstrap/css/bootstrap.rtl.min.css");
        assertThat(page.selectFirst("h1").text()).isEqualTo("خانه برنامه‌نویسان ایران");
        assertThat(page.select("a[href=/apply]")).isNotEmpty();
    }

    @Test
    void theEnglishCookieGivesAnEnglishLeftToRightPage() {
        Document page = Jsoup.parse(given().cookie(Language.COOKIE, "en").when().get("/").then().statusCode(200)
                .extract().asString());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).contains("/webjars/bootstrap/css/bootstrap.min.css");
        assertThat(page.selectFirst("h1").text()).isEqualTo("The home of Iran's programmers");
    }

    @Test
    void switchingLanguageIsAFormThatRemembersTheChoiceAndGoesBack() {
        Response home = given().when().get("/");
        Document page = Jsoup.parse(home.asString());
        var form = page.selectFirst("form[action=/lang]");
        assertThat(form).isNotNull();
        String csrfField = form.select("input[type=hidden]").stream()
                .filter(input -> !input.attr("name").equals("lang") && !input.attr("name").equals("return"))
                .findFirst().orElseThrow().attr("name");
        String token = form.selectFirst("input[name=" + csrfField + "]").attr("value");
        assertThat(form.selectFirst("input[name=lang]").attr("value")).isEqualTo("en");

        given().redirects().follow(false)
                .cookies(home.getCookies())
                .formParam(csrfField, token).formParam("lang", "en").formParam("return", "/?x=1")
                .when().post("/lang")
                .then().statusCode(303)
                .header("Location", endsWith("/?x=1"))
                .cookie(Language.COOKIE, "en");
    }

    @Test
    void theLanguageFormIsRefusedWithoutItsCsrfToken() {
        given().redirects().follow(false)
                .formParam("lang", "en").formParam("return", "/")
                .when().post("/lang")
                .then().statusCode(400);
    }

    @Test
    void jsonCallsAreNotHeldToTheFormsCsrfToken() {
        given().contentType(io.restassured.http.ContentType.JSON).body("{\"name\":\"Sara\"}")
                .when().post("/api/v1/test-probe/validated")
                .then().statusCode(200);
    }

    @Test
    void theLanguageSwitchNeverRedirectsAway() {
        assertThat(LanguageResource.localPath("https://evil.example/")).isEqualTo("/");
        assertThat(LanguageResource.localPath("//evil.example/")).isEqualTo("/");
        assertThat(LanguageResource.localPath("/\\evil.example")).isEqualTo("/");
        assertThat(LanguageResource.localPath("/me?tab=1")).isEqualTo("/me?tab=1");
    }

    @Test
    void theFooterShowsTodayInTheJalaliCalendarOnPersianPages() {
        Document fa = Jsoup.parse(given().when().get("/").asString());
        String today = java.time.LocalDate.now(GuildClock.ZONE).toString();
        assertThat(fa.selectFirst("footer time").attr("datetime")).isEqualTo(today);
        assertThat(fa.selectFirst("footer time").text()).matches("[۰-۹]+ \\S+ [۰-۹]{4}");

        Document en = Jsoup.parse(given().cookie(Language.COOKIE, "en").when().get("/").asString());
        assertThat(en.selectFirst("footer time").text()).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}");
    }

    @Test
    @TestSecurity(user = "demo-member", roles = { "member", "admin" })
    void meShowsTheSignedInPersonAndTheirRoles() {
        Document page = Jsoup.parse(given().when().get("/me").then().statusCode(200).extract().asString());
        assertThat(page.selectFirst("#person-name").text()).isEqualTo("demo-member");
        assertThat(page.select("#person-roles [data-role]").eachAttr("data-role")).containsExactly("member", "admin");
        assertThat(page.select("#person-roles [data-role]").eachText()).containsExactly("عضو", "مدیر صنف");
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void adminsSeeTheirQueueInTheHeader() {
        Document page = Jsoup.parse(given().when().get("/").asString());
        assertThat(page.select("header a[href=/admin/applications]")).hasSize(1);
    }

    @Test
    @TestSecurity(user = "demo-member", roles = "member")
    void membersDoNotSeeTheAdminLinks() {
        Document page = Jsoup.parse(given().when().get("/").asString());
        assertThat(page.select("header a[href^=/admin]")).isEmpty();
    }

    @Test
    @TestSecurity(user = "someone")
    void aSignedInPersonWithoutRolesIsAnApplicant() {
        given().cookie(Language.COOKIE, "en").when().get("/me")
                .then().statusCode(200).body(containsString("Applicant (not a guild member yet)"));
    }

    @Test
    void aMissingPageIsShownAsAPageInTheReadersLanguage() {
        given().accept("text/html").when().get("/no-such-page")
                .then().statusCode(404).contentType(startsWith("text/html"));
    }
}
