package ir.guild.registry.certification.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;

import ir.guild.registry.certification.IssuedCertificates;
import ir.guild.registry.certification.OnlyAdminsManageTheCatalog;
import ir.guild.registry.certification.Track;
import ir.guild.registry.membership.EnrolledMembers;
import ir.guild.registry.membership.web.PageForms;
import ir.guild.registry.web.Language;

/** The public catalog page and the admins' track pages, in Persian and English. */
@QuarkusTest
class TrackPagesTest implements OnlyAdminsManageTheCatalog {

    @Inject
    IssuedCertificates fixtures;

    @Inject
    EnrolledMembers members;

    @BeforeEach
    @AfterEach
    void clean() {
        fixtures.clear();
    }

    /** A page as a browser gets it, with the cookies (CSRF) it set, ready to submit its form. */
    private record Page(Document document, Map<String, String> cookies) {

        /** Posts the form with every field as shown, changed by {@code fields} (a null value leaves the field out). */
        Response submit(String formId, Map<String, String> fields) {
            Element form = document.getElementById(formId);
            assertThat(form).as("form #" + formId).isNotNull();
            Map<String, String> values = new HashMap<>();
            for (Element input : form.select("input[name], textarea[name]")) {
                if (input.attr("type").equals("checkbox")) {
                    if (input.hasAttr("checked")) {
                        values.put(input.attr("name"), input.attr("value"));
                    }
                } else {
                    values.put(input.attr("name"), input.is("textarea") ? input.wholeText() : input.attr("value"));
                }
            }
            fields.forEach((name, value) -> {
                if (value == null) {
                    values.remove(name);
                } else {
                    values.put(name, value);
                }
            });
            return given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                    .defaultContentCharset(StandardCharsets.UTF_8)
                    .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                    .contentType("application/x-www-form-urlencoded").accept("text/html")
                    .redirects().follow(false).cookies(cookies).formParams(values)
                    .when().post(form.attr("action"));
        }
    }

    private static Page open(String path, Language language, int status) {
        Response response = given().cookie(Language.COOKIE, language.code()).accept("text/html").when().get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        Map<String, String> cookies = new HashMap<>(response.getCookies());
        cookies.put(Language.COOKIE, language.code());
        return new Page(parse(response), cookies);
    }

    /** Parses a page, which must have no HTML syntax error. */
    static Document parse(Response response) {
        return PageForms.parseValid(response);
    }

    private static String field(Document page, String name) {
        Element error = page.selectFirst("[data-field=\"" + name + "\"]");
        assertThat(error).as("error of " + name).isNotNull();
        return error.text();
    }

    // --- the public catalog -------------------------------------------------

    @Test
    void theCatalogIsPersianWithPersianDigitsAndLinksToRequestEachTrack() {
        fixtures.track("DEVOPS", 3);
        fixtures.track("RETIRED", 2, false);

        Document page = open("/tracks", Language.FA, 200).document();
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("h1").text()).isEqualTo("دوره‌های گواهی مهارت");
        assertThat(page.select("[data-track]").eachAttr("data-track")).containsExactly("DEVOPS");
        Element track = page.selectFirst("[data-track=DEVOPS]");
        assertThat(track.selectFirst("h2").text()).isEqualTo("مسیر DEVOPS");
        assertThat(track.selectFirst(".track-description").text()).isEqualTo("توضیح DEVOPS");
        assertThat(track.selectFirst(".track-validity").text()).isEqualTo("گواهی این دوره ۲۴ ماه اعتبار دارد.");
        assertThat(track.select(".track-levels li").eachText()).containsExactly("سطح ۱: الزامات سطح 1",
                "سطح ۲: الزامات سطح 2", "سطح ۳: الزامات سطح 3");
        assertThat(track.selectFirst("a.track-request").attr("href")).isEqualTo("/me/certifications/new?track=DEVOPS");
        assertThat(track.selectFirst("a.track-request").text()).isEqualTo("درخواست این گواهی");
    }

    @Test
    void theCatalogInEnglishShowsEnglishTitlesAndRequirements() {
        fixtures.track("DEVOPS", 2);
        Document page = open("/tracks", Language.EN, 200).document();
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        Element track = page.selectFirst("[data-track=DEVOPS]");
        assertThat(track.selectFirst("h2").text()).isEqualTo("Track DEVOPS");
        assertThat(track.selectFirst(".track-validity").text())
                .isEqualTo("A certificate of this track is valid for 24 months.");
        assertThat(track.select(".track-levels li").eachText()).containsExactly("Level 1: Requirements of level 1",
                "Level 2: Requirements of level 2");
        assertThat(track.selectFirst("a.track-request").text()).isEqualTo("Request this certification");
    }

    @Test
    void anEmptyCatalogSaysSo() {
        Document page = open("/tracks", Language.FA, 200).document();
        assertThat(page.selectFirst("#no-tracks")).isNotNull();
    }

    @Test
    void oneTracksPageShowsItsLevelsAndTheRequestLinkAndUnknownOrInactiveTracksAre404() {
        fixtures.track("SECURITY", 3);
        fixtures.track("RETIRED", 2, false);
        Document page = open("/tracks/security", Language.EN, 200).document();
        assertThat(page.selectFirst("h1").text()).isEqualTo("Track SECURITY");
        assertThat(page.selectFirst("#track-code").text()).isEqualTo("SECURITY");
        assertThat(page.select("#track-levels dt").eachText()).containsExactly("Level 1", "Level 2", "Level 3");
        assertThat(page.selectFirst("#track-request").attr("href")).isEqualTo("/me/certifications/new?track=SECURITY");

        Document missing = open("/tracks/RETIRED", Language.FA, 404).document();
        assertThat(missing.selectFirst("h1").text()).contains("404");
        open("/tracks/NOPE", Language.FA, 404);
    }

    @Test
    @TestSecurity(user = "member-1", roles = "member")
    void signedInMembersSeeTheSameCatalog() {
        fixtures.track("MOBILE", 3);
        assertThat(open("/tracks", Language.FA, 200).document().select("[data-track]")).hasSize(1);
    }

    // --- admins: list and new track -----------------------------------------

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void theAdminListShowsInactiveTracksToo() {
        fixtures.track("DEVOPS", 3);
        fixtures.track("RETIRED", 2, false);
        Document page = open("/admin/tracks", Language.FA, 200).document();
        assertThat(page.selectFirst("h1").text()).isEqualTo("دوره‌های گواهی");
        assertThat(page.select("#tracks tbody tr").eachAttr("data-track")).containsExactly("DEVOPS", "RETIRED");
        Element retired = page.selectFirst("tr[data-track=RETIRED]");
        assertThat(retired.selectFirst("a").attr("href")).isEqualTo("/admin/tracks/RETIRED");
        assertThat(retired.selectFirst(".badge").text()).isEqualTo("غیرفعال");
        assertThat(retired.select("td").get(2).text()).isEqualTo("۲");
        assertThat(retired.selectFirst("time").text()).matches("[۰-۹]+ \\S+ [۰-۹]{4}.*");
        assertThat(page.selectFirst("#new-track-link").attr("href")).isEqualTo("/admin/tracks/new");
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void theNewTrackFormOpensWithThreeLevelsAndLabelsOnEveryField() {
        Document page = open("/admin/tracks/new", Language.FA, 200).document();
        assertThat(page.selectFirst("h1").text()).isEqualTo("دوره تازه");
        Element form = page.getElementById("track-form");
        assertThat(form.attr("action")).isEqualTo("/admin/tracks");
        assertThat(form.select("input[type=hidden][name=csrf-token]")).hasSize(1);
        assertThat(form.select("input[name=version]")).isEmpty();
        assertThat(form.select("#levels > .track-level").eachAttr("data-level")).containsExactly("1", "2", "3");
        assertThat(form.select("#more-levels .track-level").eachAttr("data-level")).containsExactly("4", "5");
        assertThat(form.selectFirst("#more-levels").hasAttr("open")).isFalse();
        assertThat(form.selectFirst("#active").hasAttr("checked")).isTrue();
        assertThat(page.selectFirst("label[for=level-2-fa]").text()).isEqualTo("آنچه سطح ۲ می‌خواهد (فارسی)");
        PageForms.assertEveryFieldHasALabel(page);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void anAdminCreatesATrackThroughTheForm() {
        int audited = fixtures.history("BACKEND_GO").size();
        Page form = open("/admin/tracks/new", Language.FA, 200);
        Map<String, String> fields = new HashMap<>();
        fields.put("code", "backend_go");
        fields.put("title.fa", "توسعه بک‌اند با Go");
        fields.put("title.en", "Backend development in Go");
        fields.put("validityMonths", "۳۶");
        fields.put("levels[0].requirements.fa", "سرویس HTTP");
        fields.put("levels[0].requirements.en", "An HTTP service");
        fields.put("levels[1].requirements.fa", "سرویس عملیاتی");
        fields.put("levels[1].requirements.en", "A service in production");
        Response created = form.submit("track-form", fields);
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.header("Location")).endsWith("/admin/tracks/BACKEND_GO?done=created");

        Track track = fixtures.reload("BACKEND_GO");
        assertThat(track.titleEn).isEqualTo("Backend development in Go");
        assertThat(track.validityMonths).isEqualTo(36);
        assertThat(track.active).isTrue();
        assertThat(track.levels).extracting(level -> level.requirementsEn).containsExactly("An HTTP service",
                "A service in production");
        assertThat(fixtures.history("BACKEND_GO")).hasSize(audited + 1).last()
                .satisfies(entry -> assertThat(entry.action).isEqualTo("track.create"))
                .satisfies(entry -> assertThat(entry.actor).isEqualTo("demo-admin"));

        Document page = open("/admin/tracks/BACKEND_GO?done=created", Language.FA, 200).document();
        assertThat(page.selectFirst("#done").text()).isEqualTo("دوره ساخته شد.");
        assertThat(page.selectFirst("#code").attr("value")).isEqualTo("BACKEND_GO");
        assertThat(page.selectFirst("#code").hasAttr("readonly")).isTrue();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aRefusedNewTrackShowsEachErrorBesideItsFieldInPersianAndKeepsWhatWasTyped() {
        Page form = open("/admin/tracks/new", Language.FA, 200);
        Map<String, String> fields = new HashMap<>();
        fields.put("code", "1BAD");
        fields.put("title.en", "Kept title");
        fields.put("validityMonths", "abc");
        fields.put("levels[0].requirements.fa", "یک");
        fields.put("levels[2].requirements.en", "three");
        Response refused = form.submit("track-form", fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = parse(refused);
        assertThat(page.selectFirst("#invalid")).isNotNull();
        assertThat(field(page, "code")).startsWith("کد باید با یک حرف لاتین بزرگ آغاز شود");
        assertThat(field(page, "title.fa")).isEqualTo("این مورد الزامی است.");
        assertThat(field(page, "validityMonths")).isEqualTo("باید بین 1 و 120 باشد.");
        assertThat(field(page, "levels[0].requirements.en")).isEqualTo("این مورد الزامی است.");
        assertThat(field(page, "levels[1].requirements.fa")).isEqualTo("این مورد الزامی است.");
        assertThat(field(page, "levels[2].requirements.fa")).isEqualTo("این مورد الزامی است.");
        assertThat(page.select("[data-field=\"title.en\"]")).isEmpty();
        assertThat(page.selectFirst("#title-en").attr("value")).isEqualTo("Kept title");
        assertThat(page.selectFirst("#title-fa").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#title-fa").attr("aria-describedby")).isEqualTo("title-fa-error");
        assertThat(page.selectFirst("#level-3-en").text()).isEqualTo("three");
        PageForms.assertEveryFieldHasALabel(page);
        assertThat(fixtures.tracks()).isZero();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void errorsAreInEnglishOnTheEnglishPage() {
        fixtures.track("TAKEN", 1);
        Page form = open("/admin/tracks/new", Language.EN, 200);
        Response refused = form.submit("track-form", Map.of("code", "taken", "title.fa", "عنوان", "title.en",
                "Title", "validityMonths", "0", "levels[0].requirements.fa", "یک", "levels[0].requirements.en", "one"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = parse(refused);
        assertThat(field(page, "code")).isEqualTo("The code TAKEN is already used by another track.");
        assertThat(field(page, "validityMonths")).isEqualTo("Must be between 1 and 120.");
        assertThat(fixtures.tracks()).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aFormWithoutItsCsrfTokenIsRefusedAndCreatesNothing() {
        Page form = open("/admin/tracks/new", Language.FA, 200);
        Response refused = form.submit("track-form", Map.of("csrf-token", "forged", "code", "FORGED", "title.fa",
                "عنوان", "title.en", "Title", "validityMonths", "12", "levels[0].requirements.fa", "یک",
                "levels[0].requirements.en", "one"));
        assertThat(refused.statusCode()).isIn(400, 403);
        assertThat(fixtures.tracks()).isZero();
    }

    // --- admins: changing a track -------------------------------------------

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void anAdminEditsATrackAndSeesItSaved() {
        fixtures.track("DEVOPS", 3);
        Page form = open("/admin/tracks/DEVOPS", Language.EN, 200);
        Document page = form.document();
        assertThat(page.selectFirst("h1").text()).isEqualTo("Edit track DEVOPS");
        assertThat(page.selectFirst("#track-form").attr("action")).isEqualTo("/admin/tracks/DEVOPS");
        assertThat(page.selectFirst("input[name=version]").attr("value")).isEqualTo("0");
        assertThat(page.selectFirst("#level-3-en").text()).isEqualTo("Requirements of level 3");
        PageForms.assertEveryFieldHasALabel(page);

        Response saved = form.submit("track-form", Map.of("title.en", "DevOps and infrastructure",
                "levels[3].requirements.fa", "سطح چهار", "levels[3].requirements.en", "Level four"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("/admin/tracks/DEVOPS?done=saved");
        Track track = fixtures.reload("DEVOPS");
        assertThat(track.titleEn).isEqualTo("DevOps and infrastructure");
        assertThat(track.levels).hasSize(4);
        assertThat(track.version).isEqualTo(1);

        Document after = open("/admin/tracks/DEVOPS?done=saved", Language.EN, 200).document();
        assertThat(after.selectFirst("#done").text()).isEqualTo("Your changes were saved.");
        assertThat(after.select("#levels > .track-level").eachAttr("data-level")).containsExactly("1", "2", "3", "4");
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aStaleFormIsRefusedWithAClearMessageAndTheStoredTrack() {
        fixtures.track("DEVOPS", 3);
        Page first = open("/admin/tracks/DEVOPS", Language.FA, 200);
        Page second = open("/admin/tracks/DEVOPS", Language.FA, 200);
        assertThat(first.submit("track-form", Map.of("title.en", "First")).statusCode()).isEqualTo(303);

        Response stale = second.submit("track-form", Map.of("title.en", "Second"));
        assertThat(stale.statusCode()).isEqualTo(409);
        Document page = parse(stale);
        assertThat(page.selectFirst("#conflict").text()).startsWith("این دوره پس از باز شدن این صفحه تغییر کرده است");
        assertThat(page.selectFirst("#title-en").attr("value")).isEqualTo("First");
        assertThat(page.selectFirst("input[name=version]").attr("value")).isEqualTo("1");
        assertThat(fixtures.reload("DEVOPS").titleEn).isEqualTo("First");
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void removingALevelThatACertificateNamesIsRefusedOnThePage() {
        fixtures.track("DEVOPS", 3);
        fixtures.certificate(members.enrol("holder-1"), "DEVOPS", 3, LocalDate.of(2026, 2, 1));
        Page form = open("/admin/tracks/DEVOPS", Language.FA, 200);
        Response refused = form.submit("track-form", Map.of("levels[2].requirements.fa", "",
                "levels[2].requirements.en", ""));
        assertThat(refused.statusCode()).isEqualTo(409);
        Document page = parse(refused);
        assertThat(page.selectFirst("#level-in-use").text()).startsWith("سطح ۳ را نمی‌توان حذف کرد");
        assertThat(fixtures.reload("DEVOPS").levels).hasSize(3);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void anUnknownTrackIs404() {
        open("/admin/tracks/NOPE", Language.FA, 404);
    }

    // --- who may ------------------------------------------------------------

    @Override
    public void refusedToEveryoneButAdmins(int status) {
        fixtures.track("DEVOPS", 3);
        var list = given().accept("text/html").when().get("/admin/tracks").then().statusCode(status);
        if (status == 403) {
            list.contentType(containsString("text/html"));
        }
        given().accept("text/html").when().get("/admin/tracks/new").then().statusCode(status);
        given().accept("text/html").when().get("/admin/tracks/DEVOPS").then().statusCode(status);
        // A real token from a page anyone may open, so only the role decides.
        Page home = open("/tracks", Language.FA, 200);
        String token = home.document().selectFirst("form[action=/lang] input[name=csrf-token]").attr("value");
        given().accept("text/html").cookies(home.cookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("title.en", "Hijacked").formParam("version", "0")
                .redirects().follow(false)
                .when().post("/admin/tracks/DEVOPS").then().statusCode(status);
        assertThat(fixtures.reload("DEVOPS").titleEn).isEqualTo("Track DEVOPS");
    }
}
