package ir.guild.registry.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.config.EncoderConfig;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.partner.PartnerStatus;
import ir.guild.registry.hostile.SweptRecords.RecordPage;

/**
 * Sends hostile input to every JSON endpoint of the OpenAPI document and every form of the page
 * templates: malformed JSON, wrong content types, a 10 MB body, deeply nested JSON, invalid
 * UTF-8, SQL and script fragments, Persian/Arabic/zero-width/bidi characters in every text field.
 * The API must answer 4xx problem+json (text fields may also be accepted), pages never 5xx, and
 * no page may echo script text unescaped.
 *
 * Each endpoint is swept by the first identity, in the order of the methods below, that is not
 * refused with 401/403, so the input reaches the endpoint's own validation. Forms that act on a
 * record are posted on real records ({@link SweptRecords}) by the identity that may act on them.
 * The last method checks that every discovered endpoint and form was swept, or is in {@link #SKIPPED}.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputSweepTest {

    @Inject
    MemberFixtures members;

    @Inject
    SweptRecords records;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Test-only resources (one fails on purpose); they are not the app's API. */
    private static final String TEST_PROBES = "/api/v1/test-probe";
    private static final String PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

    private static final String SCRIPT = "<script>alert('guild-xss')</script>\"><svg onload=alert('guild-xss')>";
    private static final List<String> UNESCAPED = List.of("<script>alert('guild-xss')", "<svg onload=alert(");
    private static final Map<String, String> TEXTS = texts();

    /** The only forms the sweep does not post, each with the reason. */
    private static final Map<String, String> SKIPPED = Map.of(
            "GET /api/v1/admin/reports/applications.csv (AdminReportsPage/page.html#applications-report)",
            "a link to the CSV report API, whose query parameters are swept through OpenAPI",
            "GET /api/v1/admin/reports/certificates.csv (AdminReportsPage/page.html#certificates-report)",
            "a link to the CSV report API, whose query parameters are swept through OpenAPI",
            "GET /api/v1/admin/reports/legal-aid.csv (AdminReportsPage/page.html#legal-aid-report)",
            "a link to the CSV report API, whose query parameters are swept through OpenAPI");

    private static final byte[] TEN_MB = "x".repeat(10 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);
    /** Milliseconds spent on each kind of payload, summed over the calls (which overlap), and their number. */
    private static final Map<String, long[]> SPENT = new java.util.concurrent.ConcurrentSkipListMap<>();

    private static final Set<String> sweptOperations = Collections.synchronizedSet(new LinkedHashSet<>());
    private static final Set<String> sweptForms = Collections.synchronizedSet(new LinkedHashSet<>());
    private static List<Operation> operations;
    private static List<Form> forms;

    private static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("sql", "1' OR '1'='1'; DROP TABLE member; --");
        texts.put("script", SCRIPT);
        texts.put("persian", "علی‌رضا كريمي ۱۲۳ ٤٥٦ \u200B\u200C\u200D\u202Egnp.exe\u202C \u2066x\u2069\uFEFF\u061C");
        texts.put("control", "a\u0000b\u0007c\u001Bd\uD83D\uDE00" + "ب".repeat(5_000));
        return texts;
    }

    // ------------------------------------------------------------------ identities

    @Test
    @Order(1)
    void anonymousVisitorsCannotBreakThePublicEndpointsAndForms() {
        sweep("anonymous");
    }

    @Test
    @Order(2)
    @TestSecurity(user = "hostile-member", roles = "member")
    void membersCannotBreakTheirEndpointsAndForms() {
        // A real, active membership, so that members' forms get past "members only" to validation.
        if (QuarkusTransaction.requiringNew().call(() -> Member.currentOf("hostile-member")).isEmpty()) {
            members.approve("hostile-member");
        }
        sweep("member");
        sweepRecords("member", List.of(() -> records.shareCode("hostile-member"),
                () -> records.requestNeedingInfo("hostile-member"), () -> records.ownCase("hostile-member")));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "hostile-partner", roles = "partner")
    void partnersCannotBreakTheirEndpoints() {
        sweep("partner");
    }

    @Test
    @Order(4)
    @TestSecurity(user = "hostile-assessor", roles = "assessor")
    void assessorsCannotBreakTheirEndpointsAndForms() {
        sweep("assessor");
        sweepRecords("assessor", List.of(records::submittedRequest));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "hostile-counsel", roles = "counsel")
    void counselCannotBreakTheirEndpointsAndForms() {
        sweep("counsel");
        sweepRecords("counsel", List.of(records::unclaimedCase, () -> records.caseClaimedBy("hostile-counsel")));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "hostile-admin", roles = "admin")
    void adminsCannotBreakTheirEndpointsAndForms() {
        sweep("admin");
        sweepRecords("admin", List.of(records::pendingApplication, records::activeMember, records::suspendedMember,
                () -> records.partner(PartnerStatus.ACTIVE), () -> records.partner(PartnerStatus.SUSPENDED),
                records::track, records::newTrack, records::certificate, records::auditLog, records::caseToAssign));
    }

    @Test
    @Order(7)
    void everyDiscoveredEndpointAndFormWasSwept() {
        discover();
        assertThat(operations.stream().map(Operation::key).filter(k -> !sweptOperations.contains(k)))
                .as("endpoints no identity could reach").isEmpty();
        assertThat(forms.stream().map(Form::key).filter(k -> !sweptForms.contains(k) && !SKIPPED.containsKey(k)))
                .as("forms neither swept nor skipped with a reason").isEmpty();
        System.out.printf("Swept %d endpoints and %d forms (%d skipped: %s); posts by payload (ms, count): %s;"
                + " at most %d bytes of a 10 MB body sent before the answer%n",
                sweptOperations.size(), sweptForms.size(), SKIPPED.size(), SKIPPED.values().stream().distinct().toList(),
                SPENT.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1]).toList(),
                RawPost.MOST_SENT_OF_LARGE.get());
        assertThat(SKIPPED.keySet()).as("skipped forms the templates still hold")
                .isSubsetOf(forms.stream().map(Form::key).toList());
    }

    // ------------------------------------------------------------------ the sweep

    private void sweep(String identity) {
        discover();
        List<String> findings = Collections.synchronizedList(new ArrayList<>());
        Csrf csrf = Csrf.fetch();
        List<Runnable> calls = new ArrayList<>();
        operations.stream().filter(op -> !sweptOperations.contains(op.key()))
                .forEach(op -> calls.add(() -> sweepOperation(op, findings)));
        forms.stream().filter(form -> !form.onRecord() && !SKIPPED.containsKey(form.key())
                && !sweptForms.contains(form.key()))
                .forEach(form -> calls.add(() -> sweepForm(form, csrf, findings)));
        run(identity, calls);
        assertThat(findings).as("findings as " + identity).isEmpty();
    }

    private static void run(String identity, List<Runnable> calls) {
        // A few at a time: the sweep is bounded by the server, not by one client thread.
        ForkJoinPool pool = new ForkJoinPool(4);
        try {
            pool.submit(() -> calls.parallelStream().forEach(Runnable::run)).get(5, TimeUnit.MINUTES);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("The sweep as " + identity + " did not finish", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static synchronized void discover() {
        if (operations != null) {
            return;
        }
        operations = discoverOperations();
        forms = discoverForms();
        assertThat(operations).as("endpoints discovered in /q/openapi").hasSizeGreaterThan(20);
        assertThat(forms).as("forms discovered in the templates").hasSizeGreaterThan(10);
    }

    private void sweepOperation(Operation op, List<String> findings) {
        // The first call decides whether this identity may call the endpoint at all.
        Response first = op.hasBody()
                ? send(op.concrete(), "application/json", "{\"a\": ".getBytes(StandardCharsets.UTF_8))
                : send(op.withText(TEXTS.get("sql")), null, null);
        if (first.statusCode() == 401 || first.statusCode() == 403) {
            return;
        }
        sweptOperations.add(op.key());
        check(op, "probe", first, op.hasBody(), findings);
        for (Map.Entry<String, String> text : TEXTS.entrySet()) {
            Operation withText = op.withText(text.getValue());
            if (withText.path().equals(op.path()) && withText.queryNames().isEmpty() && !op.hasBody()) {
                continue;
            }
            Response r = op.hasBody()
                    ? send(op.concrete(), "application/json", op.bodyWithTexts(text.getValue()))
                    : send(withText, null, null);
            check(op, "text " + text.getKey(), r, false, findings);
        }
        if (!op.hasBody()) {
            return;
        }
        Map<String, byte[]> structural = new LinkedHashMap<>();
        structural.put("malformed", "{\"a\": [1, 2,, }".getBytes(StandardCharsets.UTF_8));
        structural.put("nested-arrays", ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8));
        structural.put("nested-objects", ("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000))
                .getBytes(StandardCharsets.UTF_8));
        structural.put("invalid-utf8", new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
                (byte) 0xFF, (byte) 0xFE, '"', '}' });
        structural.put("10MB", tenMegabytes(op));
        structural.put("empty", new byte[0]);
        Operation concrete = op.concrete();
        for (Map.Entry<String, byte[]> body : structural.entrySet()) {
            if (body.getKey().equals("10MB")) {
                // Sent as a hostile client would, without retrying once the server has answered.
                RawPost.Answer r = timed("10MB", () -> RawPost.send(RestAssured.port, op.method().toUpperCase(),
                        concrete.path(), Map.of("Content-Type", "application/json", "Accept", "application/json"),
                        body.getValue()));
                check(op, "10MB", r, findings);
                continue;
            }
            // An empty body is a valid "nothing to declare" where every field is optional.
            check(op, body.getKey(), timed(body.getKey(), () -> send(concrete, "application/json", body.getValue())),
                    !body.getKey().equals("empty"), findings);
        }
        check(op, "text/plain", send(concrete, "text/plain", "hello".getBytes(StandardCharsets.UTF_8)), true,
                findings);

    }

    private static byte[] tenMegabytes(Operation op) {
        String field = op.textFields().isEmpty() ? "padding" : op.textFields().get(0);
        return ("{\"" + field + "\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static Response send(Operation op, String contentType, byte[] body) {
        RequestSpecification request = given().redirects().follow(false).accept("application/json")
                .config(RestAssured.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        if (contentType != null) {
            request = request.contentType(contentType).body(body);
        }
        return request.urlEncodingEnabled(false).request(op.method(), op.path());
    }

    private static void check(Operation op, String payload, Response r, boolean must4xx, List<String> findings) {
        check(op, payload, r.statusCode(), String.valueOf(r.contentType()), r.asString(), must4xx, findings);
    }

    private static void check(Operation op, String payload, RawPost.Answer r, List<String> findings) {
        if (r.status() < 0) {
            findings.add(op.key() + " [" + payload + "] got no answer: " + r.failure());
            return;
        }
        check(op, payload, r.status(), r.header("Content-Type"), r.body(), true, findings);
    }

    private static void check(Operation op, String payload, int status, String type, String body, boolean must4xx,
            List<String> findings) {
        String where = op.key() + " [" + payload + "] -> " + status;
        if (status >= 500) {
            findings.add(where + " " + abbreviate(body));
        } else if (must4xx && status < 400) {
            findings.add(where + " accepted hostile input");
        } else if (status >= 400 && !type.startsWith("application/problem+json")) {
            findings.add(where + " answered " + type + " instead of problem+json");
        }
        if (type.contains("html")) {
            checkEscaped(where, body, findings);
        }
    }

    // ------------------------------------------------------------------ forms

    private void sweepForm(Form form, Csrf csrf, List<String> findings) {
        Response first = submit(form, csrf, TEXTS.get("script"));
        if (first.statusCode() == 401 || first.statusCode() == 403 || isLoginRedirect(first)) {
            return;
        }
        sweptForms.add(form.key());
        checkPage(form, "script", first, findings);
        for (Map.Entry<String, String> text : TEXTS.entrySet()) {
            if (!text.getKey().equals("script")) {
                checkPage(form, text.getKey(), submit(form, csrf, text.getValue()), findings);
            }
        }
        if (form.method().equals("get")) {
            // The full text in every field, as a hostile client sends it: the server must answer (414).
            String query = form.fields().stream().map(field -> field + "=" + URLEncoder.encode(TEXTS.get("control"),
                    StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            checkRaw(form, "long-url", csrf.getRaw(form.action() + "?" + query), findings);
            return;
        }
        byte[] prefix = ("csrf-token=" + csrf.token() + "&" + form.fields().get(0) + "=")
                .getBytes(StandardCharsets.US_ASCII);
        checkRaw(form, "10MB", timed("10MB", () -> csrf.postRaw(form.action(), concat(prefix, TEN_MB))), findings);
        checkRaw(form, "invalid-utf8", csrf.postRaw(form.action(),
                concat(prefix, new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF })), findings);
        checkPage(form, "json", csrf.browser().contentType("application/json").body("{\"a\":")
                .post(form.action()), findings);
        checkPage(form, "no-csrf", given().redirects().follow(false).accept(PAGE_ACCEPT)
                .contentType("application/x-www-form-urlencoded").formParam(form.fields().get(0), SCRIPT)
                .post(form.action()), findings);
    }

    // ------------------------------------------------------------------ forms on real records

    /**
     * Renders each record's page as the identity that may act on it and posts hostile input to
     * every form on it, at the action and with the CSRF token the page holds. Each form gets a
     * record of its own, and a fresh one after any post that was accepted, so every post meets a
     * record in the state the form was drawn for.
     */
    private void sweepRecords(String identity, List<Supplier<RecordPage>> seeds) {
        discover();
        List<String> findings = Collections.synchronizedList(new ArrayList<>());
        Csrf csrf = Csrf.fetch();
        List<Runnable> calls = new ArrayList<>();
        for (Supplier<RecordPage> seed : seeds) {
            RecordPage page = fresh(seed);
            Document rendered = render(page, csrf, findings);
            if (rendered == null) {
                continue;
            }
            for (Element drawn : rendered.select("form[method=post]")) {
                Form form = templateForm(page, drawn);
                if (form == null) {
                    // Forms with a written action (the language switch, a page's "new" form) are swept as written.
                    if (forms.stream().noneMatch(f -> !f.onRecord() && f.action().equals(drawn.attr("action")))) {
                        findings.add(page.path() + ": form " + drawn.id() + " " + drawn.attr("action")
                                + " is in no form of " + page.template());
                    }
                } else if (sweptForms.add(form.key())) {
                    calls.add(() -> sweepRecordForm(form, seed, csrf, findings));
                }
            }
        }
        run(identity, calls);
        assertThat(findings).as("findings on records as " + identity).isEmpty();
    }

    /** A new record, made in a request context of its own (the sweep's threads have none). */
    private static RecordPage fresh(Supplier<RecordPage> seed) {
        ManagedContext context = Arc.container().requestContext();
        if (context.isActive()) {
            return seed.get();
        }
        context.activate();
        try {
            return seed.get();
        } finally {
            context.terminate();
        }
    }

    private static Form templateForm(RecordPage page, Element drawn) {
        return forms.stream().filter(f -> f.onRecord() && f.template().equals(page.template()) && f.drawn(drawn))
                .findFirst().orElse(null);
    }

    private static Document render(RecordPage page, Csrf csrf, List<String> findings) {
        Response r = csrf.browser().get(page.path());
        if (r.statusCode() != 200) {
            findings.add(page.path() + " answered " + r.statusCode() + " to the identity that may act on it");
            return null;
        }
        return Jsoup.parse(r.asString(), "http://127.0.0.1/");
    }

    /** The form on a freshly made record's page, or null (with a finding) when the page lacks it. */
    private static Element drawnForm(Form form, RecordPage page, Csrf csrf, List<String> findings) {
        Document rendered = render(page, csrf, findings);
        Element drawn = rendered == null ? null
                : rendered.select("form[method=post]").stream().filter(form::drawn).findFirst().orElse(null);
        if (rendered != null && drawn == null) {
            findings.add(page.path() + " no longer shows " + form.key());
        }
        return drawn;
    }

    private void sweepRecordForm(Form form, Supplier<RecordPage> seed, Csrf csrf, List<String> findings) {
        RecordPage page = fresh(seed);
        Element drawn = drawnForm(form, page, csrf, findings);
        Map<String, Supplier<Post>> posts = new LinkedHashMap<>();
        for (Map.Entry<String, String> text : TEXTS.entrySet()) {
            posts.put(text.getKey(), () -> Post.of(text.getValue(), false));
        }
        posts.put("script in hidden fields too", () -> Post.of(SCRIPT, true));
        posts.put("10MB", () -> Post.raw(TEN_MB));
        posts.put("invalid-utf8", () -> Post.raw(new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF }));
        posts.put("json", () -> Post.JSON_BODY);
        posts.put("no-csrf", () -> Post.NO_CSRF);
        for (Map.Entry<String, Supplier<Post>> post : posts.entrySet()) {
            if (drawn == null) {
                return;
            }
            String where = form.key() + " on " + page.path() + " [" + post.getKey() + "]";
            String before = page.rows().get();
            Element current = drawn;
            Answer r = timed(post.getKey(), () -> post.getValue().get().send(current, csrf));
            where += " -> " + r.status();
            if (r.status() >= 500) {
                findings.add(where + " " + abbreviate(r.body()));
            } else if ((r.status() == 401 || r.status() == 403) && !post.getKey().equals("no-csrf")) {
                findings.add(where + " refused the identity that may act on the record");
            }
            checkEscaped(where, r.body(), findings);
            if (r.status() / 100 == 3) {
                // Accepted: whatever was stored must come back escaped; the next post gets a fresh record.
                String location = r.location().replaceFirst("^https?://[^/]+", "");
                if (location.contains("/realms/")) {
                    findings.add(where + " sent the identity that may act on the record to sign in");
                } else if (location.startsWith("/")) {
                    Response shown = csrf.browser().get(location);
                    if (shown.statusCode() >= 500) {
                        findings.add(where + " then " + location + " -> " + shown.statusCode());
                    }
                    checkEscaped(where + " then " + location, shown.asString(), findings);
                }
                page = fresh(seed);
                drawn = drawnForm(form, page, csrf, findings);
            } else if (!before.equals(page.rows().get())) {
                findings.add(where + " was refused but changed the record: " + abbreviate(before) + " became "
                        + abbreviate(page.rows().get()));
            }
        }
    }

    /** What a post of a drawn form got back. */
    private record Answer(int status, String body, String location) {
        static Answer of(Response r) {
            return new Answer(r.statusCode(), r.asString(), String.valueOf(r.header("Location")));
        }
    }

    /** One hostile post of a drawn form: its own hidden fields kept, or not, and the rest replaced. */
    private record Post(String text, boolean hiddenToo, byte[] raw, String kind) {
        static final Post JSON_BODY = new Post(null, false, null, "json");
        static final Post NO_CSRF = new Post(SCRIPT, false, null, "no-csrf");

        static Post of(String text, boolean hiddenToo) {
            return new Post(text, hiddenToo, null, "form");
        }

        static Post raw(byte[] value) {
            return new Post(null, false, value, "raw");
        }

        Answer send(Element form, Csrf csrf) {
            String action = form.attr("action");
            List<String[]> fields = new ArrayList<>();
            List<String> files = new ArrayList<>();
            for (Element control : form.select("input[name], select[name], textarea[name]")) {
                String name = control.attr("name");
                String type = control.attr("type");
                if (type.equals("file")) {
                    files.add(name);
                } else if (name.equals("csrf-token")) {
                    if (!kind.equals("no-csrf")) {
                        fields.add(new String[] { name, control.attr("value") });
                    }
                } else if (type.equals("hidden") && !hiddenToo) {
                    fields.add(new String[] { name, control.attr("value") });
                } else if (type.equals("submit") || type.equals("button")) {
                    continue;
                } else {
                    fields.add(new String[] { name, text == null ? "x" : text });
                }
            }
            if (kind.equals("json")) {
                return Answer.of(csrf.browser().contentType("application/json").body("{\"a\":").post(action));
            }
            if (kind.equals("raw")) {
                // The first replaceable field carries the bytes; REST Assured would re-encode them.
                StringBuilder prefix = new StringBuilder();
                String carrier = null;
                for (String[] field : fields) {
                    if (carrier == null && !field[0].equals("csrf-token") && (hiddenToo || !isHidden(form, field[0]))) {
                        carrier = field[0];
                        continue;
                    }
                    prefix.append(URLEncoder.encode(field[0], StandardCharsets.UTF_8)).append('=')
                            .append(URLEncoder.encode(field[1], StandardCharsets.UTF_8)).append('&');
                }
                prefix.append(carrier == null ? "reason" : carrier).append('=');
                RawPost.Answer r = csrf.postRaw(action,
                        concat(prefix.toString().getBytes(StandardCharsets.US_ASCII), raw));
                return new Answer(r.status(), r.status() < 0 ? "no answer: " + r.failure() : r.body(),
                        r.header("Location"));
            }
            RequestSpecification request = csrf.browser();
            if ("multipart/form-data".equals(form.attr("enctype"))) {
                for (String[] field : fields) {
                    request = request.multiPart(field[0], field[1]);
                }
                for (String file : files) {
                    request = request.multiPart(file, "", new byte[0], "application/octet-stream");
                }
            } else {
                request = request.contentType("application/x-www-form-urlencoded; charset=UTF-8");
                for (String[] field : fields) {
                    request = request.formParam(field[0], field[1]);
                }
            }
            return Answer.of(request.post(action));
        }

        private static boolean isHidden(Element form, String name) {
            return form.select("input[type=hidden][name=" + name + "]").size() > 0;
        }
    }

    private static <T> T timed(String payload, Supplier<T> call) {
        long start = System.nanoTime();
        try {
            return call.get();
        } finally {
            long[] spent = SPENT.computeIfAbsent(payload, k -> new long[2]);
            synchronized (spent) {
                spent[0] += (System.nanoTime() - start) / 1_000_000;
                spent[1]++;
            }
        }
    }

    private static boolean isLoginRedirect(Response r) {
        return r.statusCode() == 302 && String.valueOf(r.header("Location")).contains("/realms/");
    }

    private static Response submit(Form form, Csrf csrf, String text) {
        RequestSpecification request = csrf.browser();
        if (form.method().equals("get")) {
            String fitting = fittingUrl(text, form.fields().size());
            for (String field : form.fields()) {
                request = request.queryParam(field, fitting);
            }
            return request.get(form.action());
        }
        if (form.multipart()) {
            request = request.multiPart("csrf-token", csrf.token());
            for (String field : form.fields()) {
                request = request.multiPart(field, text);
            }
            request = request.multiPart("files", "", new byte[0], "application/octet-stream");
        } else {
            request = request.contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("csrf-token", csrf.token());
            for (String field : form.fields()) {
                request = request.formParam(field, text);
            }
        }
        return request.post(form.action());
    }

    /**
     * The text cut, at a whole character, so that every field's copy of it, URL-encoded, fits in a
     * request line under the server's 4 KB limit. A longer line is refused with 414 and the
     * connection closed while REST Assured's client is still writing it: the client then fails
     * with "Broken pipe" instead of reading the answer, and retries, so whether the call fails
     * depends on how busy the machine is. The over-long URL is sent once per form by {@link RawPost}.
     */
    private static String fittingUrl(String text, int fields) {
        int budget = 3_000 / Math.max(1, fields);
        StringBuilder fitting = new StringBuilder();
        int encoded = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            String next = new String(Character.toChars(text.codePointAt(i)));
            encoded += URLEncoder.encode(next, StandardCharsets.UTF_8).length();
            if (encoded > budget) {
                break;
            }
            fitting.append(next);
        }
        return fitting.toString();
    }

    private static void checkPage(Form form, String payload, Response r, List<String> findings) {
        String where = form.key() + " [" + payload + "] -> " + r.statusCode();
        if (r.statusCode() >= 500) {
            findings.add(where + " " + abbreviate(r.asString()));
        }
        checkEscaped(where, r.asString(), findings);
    }

    private static void checkRaw(Form form, String payload, RawPost.Answer r, List<String> findings) {
        String where = form.key() + " [" + payload + "] -> " + r.status();
        if (r.status() < 0) {
            findings.add(where + " no answer: " + r.failure());
        } else if (r.status() >= 500) {
            findings.add(where + " " + abbreviate(r.body()));
        }
        checkEscaped(where, r.body(), findings);
    }

    private static void checkEscaped(String where, String body, List<String> findings) {
        for (String raw : UNESCAPED) {
            if (body.contains(raw)) {
                findings.add(where + " echoed script text unescaped");
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    /** The CSRF token and cookie any page with a form hands out (the language switch is on every page). */
    private record Csrf(String token, Map<String, String> cookies) {
        static Csrf fetch() {
            Response home = given().accept(PAGE_ACCEPT).get("/");
            Element input = Jsoup.parse(home.asString()).selectFirst("input[name=csrf-token]");
            assertThat(input).as("CSRF token on the home page").isNotNull();
            return new Csrf(input.attr("value"), home.getCookies());
        }

        RequestSpecification browser() {
            return given().redirects().follow(false).accept(PAGE_ACCEPT).cookies(cookies);
        }

        /**
         * A GET of the URL as written, on a connection of its own; the answer is read even when the
         * server refused the request line before it was all sent.
         */
        RawPost.Answer getRaw(String pathAndQuery) {
            return RawPost.send(RestAssured.port, "GET", pathAndQuery, Map.of("Accept", PAGE_ACCEPT,
                    "Cookie", cookieHeader()), new byte[0]);
        }

        private String cookieHeader() {
            StringBuilder cookie = new StringBuilder();
            cookies.forEach((name, value) -> cookie.append(cookie.length() == 0 ? "" : "; ")
                    .append(name).append('=').append(value));
            return cookie.toString();
        }

        /** A form body sent byte for byte, which REST Assured would re-encode. */
        RawPost.Answer postRaw(String path, byte[] body) {
            return RawPost.send(RestAssured.port, "POST", path, Map.of("Accept", PAGE_ACCEPT,
                    "Content-Type", "application/x-www-form-urlencoded", "Cookie", cookieHeader()), body);
        }
    }

    // ------------------------------------------------------------------ discovery

    record Operation(String method, String path, List<String> queryNames, List<String> textFields, boolean hasBody,
            JsonNode schema) {
        String key() {
            return method.toUpperCase() + " " + path;
        }

        /** Path parameters filled with an id, as a body payload is sent to. */
        Operation concrete() {
            return new Operation(method, path.replaceAll("\\{[^}]+}", "1"), List.of(), textFields, hasBody, schema);
        }

        /** Path parameters and query parameters carry the text (URL-encoded). */
        Operation withText(String text) {
            // Short enough for the request line (Vert.x refuses lines over 4 KB with a bare 414).
            String encoded = URLEncoder.encode(text.length() > 60 ? text.substring(0, 60) : text,
                    StandardCharsets.UTF_8).replace("+", "%20");
            String filled = path.replaceAll("\\{[^}]+}", encoded.replace("$", "\\$"));
            if (!queryNames.isEmpty()) {
                StringBuilder query = new StringBuilder();
                for (String name : queryNames) {
                    query.append(query.length() == 0 ? '?' : '&').append(name).append('=').append(encoded);
                }
                filled += query;
            }
            return new Operation(method, filled, List.of(), textFields, hasBody, schema);
        }

        byte[] bodyWithTexts(String text) {
            ObjectNode body = JSON.createObjectNode();
            for (String field : textFields) {
                if (field.endsWith("[]")) {
                    body.putArray(field.substring(0, field.length() - 2)).add(text);
                } else {
                    body.put(field, text);
                }
            }
            return body.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static List<Operation> discoverOperations() {
        JsonNode document;
        try {
            document = JSON.readTree(given().accept("application/json").get("/q/openapi").asString());
        } catch (IOException e) {
            throw new AssertionError("The OpenAPI document is not JSON", e);
        }
        List<Operation> found = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith(TEST_PROBES)) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!Set.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                List<String> query = new ArrayList<>();
                for (JsonNode parameter : op.getValue().path("parameters")) {
                    if ("query".equals(parameter.path("in").asText())) {
                        query.add(parameter.path("name").asText());
                    }
                }
                JsonNode json = op.getValue().path("requestBody").path("content").path("application/json");
                JsonNode schema = resolve(document, json.path("schema"));
                boolean input = !query.isEmpty() || path.getKey().contains("{") || !json.isMissingNode();
                if (input) {
                    // An endpoint without parameters or a JSON body has nothing hostile to receive.
                    found.add(new Operation(op.getKey(), path.getKey(), query, textFields(document, schema),
                            !json.isMissingNode(), schema));
                }
            }
        }
        return found;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return resolve(document, document.path("components").path("schemas")
                    .path(ref.substring("#/components/schemas/".length())));
        }
        return schema;
    }

    /** Top-level string fields of a request body, and string lists as {@code name[]}. */
    private static List<String> textFields(JsonNode document, JsonNode schema) {
        List<String> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext();) {
            Map.Entry<String, JsonNode> prop = props.next();
            JsonNode type = resolve(document, prop.getValue());
            if ("string".equals(type.path("type").asText())) {
                fields.add(prop.getKey());
            } else if ("array".equals(type.path("type").asText())
                    && "string".equals(resolve(document, type.path("items")).path("type").asText())) {
                fields.add(prop.getKey() + "[]");
            }
        }
        return fields;
    }

    record Form(String template, String method, String action, String id, boolean multipart, List<String> fields) {
        String key() {
            return method.toUpperCase() + " " + action + " (" + template + (id.isEmpty() ? "" : "#" + id) + ")";
        }

        /** An action that names a record (or is computed for one) is only known on the record's page. */
        boolean onRecord() {
            return action.contains("{");
        }

        /** Whether {@code form}, drawn by this form's template, is this form. */
        boolean drawn(Element form) {
            return pattern(id).matcher(form.id()).matches() && pattern(action).matcher(form.attr("action")).matches();
        }

        /** The written text with each expression standing for any text. */
        private static Pattern pattern(String written) {
            return Pattern.compile(Stream.of(written.split("\\{[^}]*}", -1)).map(Pattern::quote)
                    .collect(Collectors.joining(".+")));
        }
    }

    /**
     * Forms as the templates write them. A form whose action holds an expression is posted only
     * on the page of a real record (see {@link SweptRecords}); the others are posted as written.
     */
    private static List<Form> discoverForms() {
        List<Form> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                Document template = Jsoup.parse(Files.readString(file));
                for (Element form : template.select("form[action]")) {
                    String action = form.attr("action");
                    List<String> fields = new ArrayList<>();
                    for (Element field : form.select("input[name], select[name], textarea[name]")) {
                        String name = field.attr("name");
                        if (!name.contains("{") && !field.attr("type").equals("file") && !fields.contains(name)) {
                            fields.add(name);
                        }
                    }
                    if (fields.isEmpty()) {
                        fields.add("reason");
                    }
                    String method = form.attr("method").isEmpty() ? "get" : form.attr("method").toLowerCase();
                    Form found1 = new Form(TEMPLATES.relativize(file).toString(), method, action, form.id(),
                            "multipart/form-data".equals(form.attr("enctype")), fields);
                    if (found1.onRecord() || seen.add(method + " " + action)) {
                        found.add(found1);
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError("Cannot read the templates", e);
        }
        return found;
    }
}
