package ir.guild.registry.membership.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import org.apache.http.entity.mime.HttpMultipartMode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.Applicants;
import ir.guild.registry.membership.ApplicationForm;
import ir.guild.registry.membership.ApplicationService;
import ir.guild.registry.web.Language;

/**
 * What the page tests share: fetching pages as a browser would, posting their forms (URL-encoded
 * or multipart, with files) with the CSRF token and cookie they carry, and test people.
 */
public final class PageForms {

    static final CurrentPerson ADMIN = new CurrentPerson("admin-1", "demo-admin", "Admin", null,
            Set.of(Role.ADMIN, Role.MEMBER));

    /** What a browser asks for when it follows a link. */
    public static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private PageForms() {
    }

    public static Document parse(Response response) {
        return Jsoup.parse(response.asString());
    }

    /** Parses a page, which must have no HTML syntax error. */
    public static Document parseValid(Response response) {
        Parser parser = Parser.htmlParser().setTrackErrors(20);
        Document document = Jsoup.parse(response.asString(), "", parser);
        assertThat(parser.getErrors()).as("HTML errors").isEmpty();
        return document;
    }

    /** Every field of a page has an id and exactly one label for it, and no id is used twice. */
    public static void assertEveryFieldHasALabel(Document page) {
        for (Element field : page.select("input:not([type=hidden]), select, textarea")) {
            assertThat(field.id()).as(field.outerHtml()).isNotEmpty();
            assertThat(page.select("label[for=" + field.id() + "]")).as("label for #" + field.id()).hasSize(1);
        }
        page.getAllElements().stream().map(Element::id).filter(id -> !id.isEmpty())
                .forEach(id -> assertThat(page.select("[id=" + id + "]")).as("id " + id).hasSize(1));
    }

    public static RequestSpecification browser(Language language) {
        return given().redirects().follow(false).accept(ACCEPT).cookie(Language.COOKIE, language.code());
    }

    public static Response get(String path, Language language) {
        return browser(language).when().get(path);
    }

    /** A page that must answer 200 and be valid HTML. */
    public static Document page(String path, Language language) {
        Response response = get(path, language);
        assertThat(response.statusCode()).as("GET " + path + ": " + response.asString()).isEqualTo(200);
        return parseValid(response);
    }

    /** A file as a browser sends it with a form. */
    public record Upload(String name, byte[] content, String claimedType) {
    }

    /**
     * A form of a page just fetched (which must be valid HTML), with its CSRF token and cookie,
     * to post with the values it shows or others.
     */
    public record PageForm(String action, boolean multipart, Map<String, String> cookies,
            Map<String, List<String>> values, List<Upload> files, Language language) {

        public static PageForm of(Response page, String formSelector, Language language) {
            Element form = parseValid(page).selectFirst(formSelector);
            if (form == null) {
                throw new AssertionError("No form " + formSelector + " on the page");
            }
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (Element input : form.select("input[name], select[name], textarea[name]")) {
                String name = input.attr("name");
                String value;
                if (input.is("select")) {
                    Element selected = input.selectFirst("option[selected]");
                    value = selected == null ? "" : selected.attr("value");
                } else if (input.is("textarea")) {
                    value = input.wholeText();
                } else if (input.attr("type").equals("file")) {
                    continue;
                } else if (input.attr("type").equals("checkbox") || input.attr("type").equals("radio")) {
                    if (!input.hasAttr("checked")) {
                        continue;
                    }
                    value = input.attr("value");
                } else {
                    value = input.attr("value");
                }
                values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
            return new PageForm(form.attr("action"), "multipart/form-data".equals(form.attr("enctype")),
                    page.getCookies(), values, List.of(), language);
        }

        public PageForm set(String name, String... newValues) {
            Map<String, List<String>> changed = new LinkedHashMap<>(values);
            if (newValues.length == 0) {
                changed.remove(name);
            } else {
                changed.put(name, List.of(newValues));
            }
            return new PageForm(action, multipart, cookies, changed, files, language);
        }

        public PageForm without(String name) {
            return set(name);
        }

        public PageForm withoutCsrfToken() {
            return without("csrf-token");
        }

        public PageForm file(String name, byte[] content, String claimedType) {
            List<Upload> more = new ArrayList<>(files);
            more.add(new Upload(name, content, claimedType));
            return new PageForm(action, multipart, cookies, values, more, language);
        }

        /** The fields as a URL-encoded body, for a test that sends the form by other means. */
        public String urlEncoded() {
            return values.entrySet().stream()
                    .flatMap(entry -> entry.getValue().stream().map(value -> URLEncoder.encode(entry.getKey(),
                            StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                    .collect(Collectors.joining("&"));
        }

        /** Posts the form where it says it goes. */
        public Response post() {
            return post(action);
        }

        public Response post(String path) {
            RequestSpecification request = browser(language).cookies(new HashMap<>(cookies));
            if (multipart) {
                // As browsers do: file names in UTF-8, not reduced to ASCII.
                request = request.config(RestAssured.config()
                        .httpClient(HttpClientConfig.httpClientConfig()
                                .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)));
                for (Map.Entry<String, List<String>> entry : values.entrySet()) {
                    for (String value : entry.getValue()) {
                        request = request.multiPart(new MultiPartSpecBuilder(value).controlName(entry.getKey())
                                .charset(StandardCharsets.UTF_8).emptyFileName().build());
                    }
                }
                if (files.isEmpty()) {
                    // A file field left empty: browsers send a nameless, empty part.
                    request = request.multiPart("files", "", new byte[0], "application/octet-stream");
                }
                for (Upload upload : files) {
                    request = request.multiPart("files", upload.name(), upload.content(), upload.claimedType());
                }
            } else {
                request = request.contentType("application/x-www-form-urlencoded; charset=UTF-8");
                for (Map.Entry<String, List<String>> entry : values.entrySet()) {
                    request = request.formParam(entry.getKey(), entry.getValue().toArray());
                }
            }
            return request.when().post(path);
        }
    }

    /** A valid application form as the service takes it, with a fresh national ID. */
    static ApplicationForm application(String fullName, String fullNameLatin, String email) {
        ApplicationForm valid = Applicants.record(Applicants.nationalId());
        return new ApplicationForm(fullName, fullNameLatin, valid.nationalId(), valid.birthDate(), email,
                valid.mobile(), valid.province(), valid.city(), valid.educationLevel(), valid.fieldOfStudy(),
                valid.yearsOfExperience(), valid.specialties(), valid.employmentStatus(), valid.employer(),
                valid.portfolioUrl(), valid.motivation(), valid.consents());
    }

    static CurrentPerson applicant(String subject) {
        return new CurrentPerson(subject, subject, subject, subject + "@example.org", Set.of());
    }

    /** The actions recorded about an application, oldest first. */
    static List<String> auditActions(long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry
                .historyOf(ApplicationService.ENTITY, Long.toString(applicationId)).stream()
                .map(entry -> entry.action).toList());
    }

    static long auditEntries() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count());
    }
}
