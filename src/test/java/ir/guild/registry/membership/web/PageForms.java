package ir.guild.registry.membership.web;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.Applicants;
import ir.guild.registry.membership.ApplicationForm;
import ir.guild.registry.membership.ApplicationService;
import ir.guild.registry.web.Language;

/** What the page tests share: reading pages, posting their forms as a browser would, and test people. */
final class PageForms {

    static final CurrentPerson ADMIN = new CurrentPerson("admin-1", "demo-admin", "Admin", null,
            Set.of(Role.ADMIN, Role.MEMBER));

    private PageForms() {
    }

    static Document parse(Response response) {
        return Jsoup.parse(response.asString());
    }

    static RequestSpecification browser(Language language) {
        return given().redirects().follow(false).accept("text/html").cookie(Language.COOKIE, language.code());
    }

    /**
     * A form on a page just fetched, with its CSRF token and cookie, ready to be posted with
     * the values it shows (or others).
     */
    record PageForm(Map<String, String> cookies, Map<String, List<String>> values, Language language) {

        static PageForm of(Response page, String formSelector, Language language) {
            Element form = parse(page).selectFirst(formSelector);
            if (form == null) {
                throw new AssertionError("No form " + formSelector + " on the page");
            }
            Map<String, List<String>> values = new HashMap<>();
            for (Element input : form.select("input[name], select[name], textarea[name]")) {
                String name = input.attr("name");
                String value;
                if (input.is("select")) {
                    Element selected = input.selectFirst("option[selected]");
                    value = selected == null ? "" : selected.attr("value");
                } else if (input.is("textarea")) {
                    value = input.text();
                } else if (input.attr("type").equals("checkbox")) {
                    if (!input.hasAttr("checked")) {
                        continue;
                    }
                    value = input.attr("value");
                } else {
                    value = input.attr("value");
                }
                values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
            return new PageForm(page.getCookies(), values, language);
        }

        PageForm set(String name, String... newValues) {
            Map<String, List<String>> changed = new HashMap<>(values);
            if (newValues.length == 0) {
                changed.remove(name);
            } else {
                changed.put(name, List.of(newValues));
            }
            return new PageForm(cookies, changed, language);
        }

        PageForm without(String name) {
            return set(name);
        }

        PageForm withoutCsrfToken() {
            return without("csrf-token");
        }

        Response post(String path) {
            RequestSpecification request = browser(language).cookies(cookies)
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8");
            for (Map.Entry<String, List<String>> entry : values.entrySet()) {
                request = request.formParam(entry.getKey(), entry.getValue().toArray());
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
