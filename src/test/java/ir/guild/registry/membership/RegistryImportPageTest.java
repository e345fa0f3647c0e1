package ir.guild.registry.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import ir.guild.registry.web.Language;

@QuarkusTest
class RegistryImportPageTest {

    static final String PAGE = "/admin/members/import";

    @Inject
    MembershipTestData data;

    @Inject
    RegistryFixtures fixtures;

    @BeforeEach
    void clean() {
        data.clear();
    }

    /** The form's CSRF field and token, with the cookie that goes with them. */
    private record Form(String field, String token, Map<String, String> cookies) {
    }

    private static Form openForm(String language) {
        Response page = given().cookie(Language.COOKIE, language).when().get(PAGE);
        page.then().statusCode(200);
        Element form = Jsoup.parse(page.asString()).selectFirst("form#import-form");
        assertThat(form).isNotNull();
        Element csrf = form.select("input[type=hidden]").first();
        return new Form(csrf.attr("name"), csrf.attr("value"), page.getCookies());
    }

    private static RequestSpecification upload(Form form, String language, byte[] file, boolean dryRun) {
        RequestSpecification request = given().redirects().follow(false)
                .cookies(form.cookies()).cookie(Language.COOKIE, language)
                .multiPart(form.field(), form.token())
                .multiPart("file", "members.csv", file, "text/csv");
        return dryRun ? request.multiPart("dryRun", "true") : request;
    }

    private static byte[] file(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = RegistryImportTest.header();
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return RegistryFixtures.csv(lines);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void theFormIsAPersianMultipartUploadWithALabelForEveryField() {
        Document page = Jsoup.parse(given().when().get(PAGE).then().statusCode(200).extract().asString());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(page.selectFirst("h1").text()).isEqualTo("ورود اعضا از فایل CSV");
        Element form = page.selectFirst("form#import-form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(form.select("input[type=hidden]").first().attr("value")).isNotBlank();
        assertThat(form.select("label[for=file]")).hasSize(1);
        assertThat(form.select("label[for=dryRun]")).hasSize(1);
        assertThat(form.selectFirst("input#file").attr("type")).isEqualTo("file");
        assertThat(form.selectFirst("input#dryRun").hasAttr("checked")).isTrue();
        assertThat(page.select("#required-columns code").eachText()).containsExactlyElementsOf(
                RegistryCsv.IMPORT_REQUIRED);
        assertThat(page.select("#import-result")).isEmpty();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aDryRunUploadShowsTheCountsAndEachRowsErrorsInThePagesLanguage() {
        Form form = openForm("en");
        String body = upload(form, "en", file(RegistryImportTest.row(Applicants.nationalId()),
                RegistryImportTest.row("1234567890"), RegistryImportTest.row(Applicants.nationalId(), "mobile=12")),
                true).when().post(PAGE).then().statusCode(200).extract().asString();

        Document page = Jsoup.parse(body);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("#result-title").text()).isEqualTo("Dry run result");
        assertThat(page.selectFirst("#count-rows").text()).isEqualTo("3");
        assertThat(page.selectFirst("#count-created").text()).isEqualTo("1");
        assertThat(page.selectFirst("#count-unchanged").text()).isEqualTo("0");
        assertThat(page.select("#import-errors tbody tr")).extracting(row -> row.attr("data-row"),
                row -> row.attr("data-field"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3", "nationalId"),
                        org.assertj.core.groups.Tuple.tuple("4", "mobile"));
        assertThat(page.select("#import-errors tbody tr").get(0).select("td").get(2).text())
                .isEqualTo("This is not a valid Iranian national ID.");
        assertThat(page.selectFirst("input#dryRun").hasAttr("checked")).isTrue();
        assertThat(data.members()).isZero();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void persianPagesShowPersianErrorsAndPersianDigits() {
        Form form = openForm("fa");
        Document page = Jsoup.parse(upload(form, "fa", file(RegistryImportTest.row("1234567890"),
                RegistryImportTest.row(Applicants.nationalId())), true)
                .when().post(PAGE).then().statusCode(200).extract().asString());
        assertThat(page.selectFirst("#count-rows").text()).isEqualTo("۲");
        assertThat(page.selectFirst("#import-errors tbody td:nth-child(3)").text()).isEqualTo("کد ملی معتبر نیست.");
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aRealUploadImportsAndRedirectsToThePageWithItsCounts() {
        Form form = openForm("en");
        String location = upload(form, "en", file(RegistryImportTest.row(Applicants.nationalId()),
                RegistryImportTest.row(Applicants.nationalId())), false)
                .when().post(PAGE).then().statusCode(303)
                .header("Location", endsWith(PAGE + "?created=2&unchanged=0")).extract().header("Location");
        assertThat(data.members()).isEqualTo(2);

        Document done = Jsoup.parse(given().cookie(Language.COOKIE, "en")
                .when().get(location.substring(location.indexOf(PAGE))).then().statusCode(200).extract().asString());
        assertThat(done.selectFirst("#import-done").text())
                .isEqualTo("Imported: 2 new members created and 0 rows left unchanged.");
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aRealUploadWithABadRowImportsNothingAndShowsTheRow() {
        Form form = openForm("en");
        Document page = Jsoup.parse(upload(form, "en", file(RegistryImportTest.row(Applicants.nationalId()),
                RegistryImportTest.row(Applicants.nationalId(), "grade=GRANDMASTER")), false)
                .when().post(PAGE).then().statusCode(400).extract().asString());
        assertThat(page.selectFirst("#result-title").text()).isEqualTo("No member was imported");
        assertThat(page.select("#import-errors tbody tr").get(0).attr("data-row")).isEqualTo("3");
        assertThat(page.select("#import-errors tbody tr").get(0).attr("data-field")).isEqualTo("grade");
        assertThat(page.selectFirst("input#dryRun").hasAttr("checked")).isFalse();
        assertThat(data.members()).isZero();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void anUnreadableOrMissingFileIsShownNextToTheFileField() {
        Form form = openForm("en");
        Document notUtf8 = Jsoup.parse(upload(form, "en", new byte[] { (byte) 0xC7, (byte) 0xE1, ',', 'x' }, true)
                .when().post(PAGE).then().statusCode(400).extract().asString());
        assertThat(notUtf8.selectFirst("input#file").hasClass("is-invalid")).isTrue();
        assertThat(notUtf8.selectFirst("#file-error").text())
                .isEqualTo("The file must be saved as UTF-8 (in Excel: \"CSV UTF-8\").");

        Document empty = Jsoup.parse(upload(form, "en", new byte[0], true)
                .when().post(PAGE).then().statusCode(400).extract().asString());
        assertThat(empty.selectFirst("#file-error").text()).isEqualTo("Choose a CSV file to import.");
        assertThat(data.members()).isZero();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void anUploadWithoutTheCsrfTokenIsRefusedAndWritesNothing() {
        given().redirects().follow(false)
                .multiPart("file", "members.csv", file(RegistryImportTest.row(Applicants.nationalId())), "text/csv")
                .when().post(PAGE).then().statusCode(400);
        assertThat(data.members()).isZero();
    }

    @Test
    @TestSecurity(user = "demo-member", roles = "member")
    void membersCannotOpenThePage() {
        given().when().get(PAGE).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "demo-assessor", roles = { "assessor", "member" })
    void assessorsCannotOpenThePage() {
        given().when().get(PAGE).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "demo-counsel", roles = { "counsel", "member" })
    void counselCannotOpenThePage() {
        given().when().get(PAGE).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "demo-partner", roles = "partner")
    void partnersCannotOpenThePage() {
        given().when().get(PAGE).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "someone")
    void applicantsCannotOpenThePage() {
        given().when().get(PAGE).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "demo-member", roles = "member")
    void membersCannotUploadEvenWithAValidCsrfToken() {
        // A member cannot open the import form; the home page's language form carries a token just as good.
        Response home = given().when().get("/");
        Element csrf = Jsoup.parse(home.asString()).selectFirst("form[action=/lang] input[type=hidden]");
        Form form = new Form(csrf.attr("name"), csrf.attr("value"), home.getCookies());
        upload(form, "fa", file(RegistryImportTest.row(Applicants.nationalId())), false)
                .when().post(PAGE).then().statusCode(403);
        assertThat(data.members()).isZero();
    }

    @Test
    void anonymousVisitorsAre401() {
        given().when().get(PAGE).then().statusCode(401);
        given().accept("text/html").when().get(PAGE).then().statusCode(401);
    }
}
