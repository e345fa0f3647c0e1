package ir.guild.registry.certification.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.apache.http.entity.mime.HttpMultipartMode;

import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import ir.guild.registry.web.Language;

/**
 * What the certification page tests share: fetching pages as a browser would, and posting
 * their forms (URL-encoded or multipart, with files) with the CSRF token and cookie they carry.
 */
final class CertPageForms {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
    /** An HTML page dressed up as a PDF: its name and claimed type lie, its content does not. */
    static final byte[] HTML_AS_PDF = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
            .getBytes(StandardCharsets.US_ASCII);

    /** What a browser asks for when it follows a link. */
    static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private CertPageForms() {
    }

    static RequestSpecification browser(Language language) {
        return given().redirects().follow(false).accept(ACCEPT).cookie(Language.COOKIE, language.code());
    }

    static Response get(String path, Language language) {
        return browser(language).when().get(path);
    }

    /** A page that must answer 200 and be valid HTML. */
    static Document page(String path, Language language) {
        Response response = get(path, language);
        assertThat(response.statusCode()).as("GET " + path + ": " + response.asString()).isEqualTo(200);
        return TrackPagesTest.parse(response);
    }

    /** A file as a browser sends it with a form. */
    record Upload(String name, byte[] content, String claimedType) {
    }

    /** A form of a page just fetched, with its CSRF token and cookie, to post with the values it shows or others. */
    record PageForm(String action, boolean multipart, Map<String, String> cookies, Map<String, List<String>> values,
            List<Upload> files, Language language) {

        static PageForm of(Response page, String formSelector, Language language) {
            Element form = TrackPagesTest.parse(page).selectFirst(formSelector);
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
                } else {
                    value = input.attr("value");
                }
                values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
            return new PageForm(form.attr("action"), "multipart/form-data".equals(form.attr("enctype")),
                    page.getCookies(), values, List.of(), language);
        }

        PageForm set(String name, String... newValues) {
            Map<String, List<String>> changed = new LinkedHashMap<>(values);
            if (newValues.length == 0) {
                changed.remove(name);
            } else {
                changed.put(name, List.of(newValues));
            }
            return new PageForm(action, multipart, cookies, changed, files, language);
        }

        PageForm withoutCsrfToken() {
            return set("csrf-token");
        }

        PageForm file(String name, byte[] content, String claimedType) {
            List<Upload> more = new ArrayList<>(files);
            more.add(new Upload(name, content, claimedType));
            return new PageForm(action, multipart, cookies, values, more, language);
        }

        Response post() {
            return post(action);
        }

        Response post(String path) {
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
}
