package ir.guild.registry.certification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.membership.EnrolledMembers;
import ir.guild.registry.membership.Member;

/** The catalog's JSON API: the public tracks, and the admins' list, creation and changes. */
@QuarkusTest
class TrackApiTest implements OnlyAdminsManageTheCatalog {

    static final String ADMIN_TRACKS = "/api/v1/admin/tracks";

    @Inject
    IssuedCertificates fixtures;

    @Inject
    EnrolledMembers members;

    @BeforeEach
    @AfterEach
    void clean() {
        fixtures.clear();
    }

    static Map<String, Object> track(String code, int levels) {
        Map<String, Object> track = new LinkedHashMap<>();
        track.put("code", code);
        track.put("title", Map.of("fa", "توسعه بک‌اند با جاوا", "en", "Backend development in Java"));
        track.put("description", Map.of("fa", "سرویس‌های سمت سرور", "en", "Server-side services"));
        track.put("validityMonths", 36);
        List<Map<String, Object>> list = new ArrayList<>();
        for (int level = 1; level <= levels; level++) {
            list.add(level(level, "الزام سطح " + level, "Requirement of level " + level));
        }
        track.put("levels", list);
        return track;
    }

    static Map<String, Object> level(Integer number, String fa, String en) {
        Map<String, Object> level = new LinkedHashMap<>();
        level.put("level", number);
        level.put("requirements", Map.of("fa", fa, "en", en));
        return level;
    }

    static Map<String, Object> with(Map<String, Object> track, String key, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(track);
        changed.put(key, value);
        return changed;
    }

    private static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).header("Accept-Language", "en");
    }

    // --- public catalog -----------------------------------------------------

    @Test
    void anyoneReadsTheActiveTracksWithTheirLevelsInBothLanguages() {
        fixtures.track("WEB_FRONTEND", 3);
        fixtures.track("BACKEND_JAVA", 2);
        fixtures.track("RETIRED", 3, false);

        given().when().get("/api/v1/tracks").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.code", contains("BACKEND_JAVA", "WEB_FRONTEND"))
                .body("items[0].title.fa", equalTo("مسیر BACKEND_JAVA"))
                .body("items[0].title.en", equalTo("Track BACKEND_JAVA"))
                .body("items[0].description.en", equalTo("About BACKEND_JAVA"))
                .body("items[0].validityMonths", equalTo(24))
                .body("items[0].levels.level", contains(1, 2))
                .body("items[0].levels[1].requirements.fa", equalTo("الزامات سطح 2"))
                .body("items[0].levels[1].requirements.en", equalTo("Requirements of level 2"))
                .body("items[0]", not(hasKey("version")))
                .body("items[0]", not(hasKey("active")));
    }

    @Test
    void theCatalogIsPaged() {
        fixtures.track("AAA", 1);
        fixtures.track("BBB", 1);
        fixtures.track("CCC", 1);
        given().queryParam("page", 1).queryParam("size", 2).when().get("/api/v1/tracks").then().statusCode(200)
                .body("items.code", contains("CCC")).body("page", equalTo(1)).body("size", equalTo(2))
                .body("total", equalTo(3));
    }

    @Test
    void oneTrackIsReadByItsCodeInAnyCaseButAnInactiveOrUnknownOneIs404() {
        fixtures.track("DEVOPS", 3);
        fixtures.track("RETIRED", 3, false);
        given().when().get("/api/v1/tracks/devops").then().statusCode(200).body("code", equalTo("DEVOPS"))
                .body("levels.level", contains(1, 2, 3));
        given().when().get("/api/v1/tracks/RETIRED").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/tracks/NOPE").then().statusCode(404);
        given().when().get("/api/v1/tracks/not a code!").then().statusCode(404);
    }

    @Test
    void theReferenceListsTheActiveTracksAsCodes() {
        fixtures.track("SECURITY", 3);
        fixtures.track("RETIRED", 3, false);
        given().when().get("/api/v1/reference").then().statusCode(200)
                .body("certificationTracks.code", contains("SECURITY"))
                .body("certificationTracks[0].fa", equalTo("مسیر SECURITY"))
                .body("certificationTracks[0].en", equalTo("Track SECURITY"))
                .body("grades.code", contains("ASSOCIATE", "MEMBER", "SENIOR"));
    }

    // --- admins: reading ----------------------------------------------------

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void anAdminSeesEveryTrackWithItsVersionAndActiveFlag() {
        fixtures.track("BACKEND_JAVA", 3);
        fixtures.track("RETIRED", 2, false);
        given().when().get(ADMIN_TRACKS).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.code", contains("BACKEND_JAVA", "RETIRED"))
                .body("items.active", contains(true, false))
                .body("items[1].version", equalTo(0))
                .body("items[1].levels.level", contains(1, 2));
        given().when().get(ADMIN_TRACKS + "/retired").then().statusCode(200).body("active", equalTo(false));
        given().when().get(ADMIN_TRACKS + "/NOPE").then().statusCode(404);
    }

    // --- admins: creating ---------------------------------------------------

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void anAdminCreatesATrackWhoseCodeIsUpperCasedAndTheCreationIsAudited() {
        json().body(track("backend_kotlin", 3)).when().post(ADMIN_TRACKS).then().statusCode(201)
                .header("Location", endsWith("/api/v1/admin/tracks/BACKEND_KOTLIN"))
                .body("code", equalTo("BACKEND_KOTLIN"))
                .body("active", equalTo(true))
                .body("version", equalTo(0))
                .body("levels.level", contains(1, 2, 3))
                .body("levels[2].requirements.en", equalTo("Requirement of level 3"));

        Track stored = fixtures.reload("BACKEND_KOTLIN");
        assertThat(stored.titleFa).isEqualTo("توسعه بک‌اند با جاوا");
        assertThat(stored.validityMonths).isEqualTo(36);
        assertThat(stored.levels).hasSize(3);
        List<AuditEntry> history = fixtures.history("BACKEND_KOTLIN");
        assertThat(history).extracting(entry -> entry.action).containsExactly("track.create");
        assertThat(history.get(0).actor).isEqualTo("demo-admin");
        assertThat(history.get(0).summary).contains("levels: 3").contains("validityMonths: 36");
        given().when().get("/api/v1/tracks/BACKEND_KOTLIN").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void levelsWithoutNumbersAreNumberedByTheirPlaceAndAnInactiveTrackStaysOutOfTheCatalog() {
        Map<String, Object> body = with(track("MOBILE", 0), "levels",
                List.of(level(null, "یک", "one"), level(null, "دو", "two")));
        json().body(with(body, "active", false)).when().post(ADMIN_TRACKS).then().statusCode(201)
                .body("levels.level", contains(1, 2)).body("active", equalTo(false));
        given().when().get("/api/v1/tracks/MOBILE").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void everyInvalidFieldIsNamedAndNothingIsCreated() {
        Map<String, Object> body = track("9LIVES", 0);
        body.put("title", Map.of("fa", "", "en", "x".repeat(151)));
        body.put("description", Map.of("fa", "ب".repeat(2001), "en", "fine"));
        body.put("validityMonths", 0);
        body.put("levels", List.of(level(1, "یک", "one"), level(2, "دو", " ")));
        json().body(body).when().post(ADMIN_TRACKS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("code", "title.fa", "title.en", "description.fa",
                        "validityMonths", "levels[1].requirements.en"))
                .body("errors.find { it.field == 'code' }.message", containsString("capital Latin letter"))
                .body("errors.find { it.field == 'title.fa' }.message", equalTo("This field is required."))
                .body("errors.find { it.field == 'title.en' }.message", containsString("150"))
                .body("errors.find { it.field == 'validityMonths' }.message", containsString("between 1 and 120"));
        assertThat(fixtures.tracks()).isZero();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void errorsAreInPersianForAPersianClient() {
        Map<String, Object> body = track("DEVOPS", 1);
        body.put("validityMonths", 121);
        given().contentType(ContentType.JSON).header("Accept-Language", "fa-IR").body(body)
                .when().post(ADMIN_TRACKS).then().statusCode(400)
                .body("errors[0].field", equalTo("validityMonths"))
                .body("errors[0].message", equalTo("باید بین 1 و 120 باشد."));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void levelsMustStartAtOneAndFollowEachOtherAndBeAtMostFive() {
        json().body(with(track("DEVOPS", 0), "levels", List.of(level(1, "یک", "one"), level(3, "سه", "three"))))
                .when().post(ADMIN_TRACKS).then().statusCode(400)
                .body("errors.field", contains("levels"))
                .body("errors[0].message", containsString("start at 1"));
        json().body(track("DEVOPS", 6)).when().post(ADMIN_TRACKS).then().statusCode(400)
                .body("errors.field", contains("levels")).body("errors[0].message", containsString("At most 5"));
        json().body(track("DEVOPS", 0)).when().post(ADMIN_TRACKS).then().statusCode(400)
                .body("errors.field", contains("levels"));
        assertThat(fixtures.tracks()).isZero();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aCodeAlreadyInTheCatalogIsRefusedOnTheCodeField() {
        fixtures.track("DEVOPS", 3);
        json().body(track("devops", 1)).when().post(ADMIN_TRACKS).then().statusCode(400)
                .body("errors.field", contains("code"))
                .body("errors[0].message", containsString("DEVOPS"));
        assertThat(fixtures.reload("DEVOPS").levels).hasSize(3);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void anEmptyBodyNamesTheRequiredFields() {
        given().contentType(ContentType.JSON).body("{}").when().post(ADMIN_TRACKS).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("code", "title.fa", "title.en", "validityMonths", "levels"));
    }

    // --- admins: changing ---------------------------------------------------

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void anAdminChangesATrackWithTheVersionTheySawAndTheChangeIsAudited() {
        fixtures.track("DATA_ENG", 3);
        Map<String, Object> body = with(track("DATA_ENG", 3), "version", 0);
        body.put("validityMonths", 48);
        body.put("active", false);
        json().body(body).when().put(ADMIN_TRACKS + "/data_eng").then().statusCode(200)
                .body("code", equalTo("DATA_ENG"))
                .body("version", equalTo(1))
                .body("validityMonths", equalTo(48))
                .body("active", equalTo(false))
                .body("title.en", equalTo("Backend development in Java"))
                .body("levels[0].requirements.en", equalTo("Requirement of level 1"));

        List<AuditEntry> history = fixtures.history("DATA_ENG");
        assertThat(history).extracting(entry -> entry.action).containsExactly("track.update");
        assertThat(history.get(0).summary).contains("validityMonths: 24 -> 48").contains("active: true -> false")
                .contains("title.en").contains("levels");
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aChangeThatChangesNothingKeepsTheVersionAndWritesNoAuditEntry() {
        fixtures.track("SAME", 2);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", Map.of("fa", "مسیر SAME", "en", "Track SAME"));
        body.put("description", Map.of("fa", "توضیح SAME", "en", "About SAME"));
        body.put("validityMonths", 24);
        body.put("levels", List.of(level(1, "الزامات سطح 1", "Requirements of level 1"), level(2, "الزامات سطح 2",
                "Requirements of level 2")));
        body.put("version", 0);
        json().body(body).when().put(ADMIN_TRACKS + "/SAME").then().statusCode(200).body("version", equalTo(0));
        assertThat(fixtures.history("SAME")).isEmpty();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aStaleVersionIs409AndChangesNothing() {
        fixtures.track("STALE", 3);
        Map<String, Object> body = with(track("STALE", 3), "version", 0);
        json().body(body).when().put(ADMIN_TRACKS + "/STALE").then().statusCode(200).body("version", equalTo(1));
        json().body(with(body, "validityMonths", 99)).when().put(ADMIN_TRACKS + "/STALE").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("version 0, now 1"));
        assertThat(fixtures.reload("STALE").validityMonths).isEqualTo(36);
        assertThat(fixtures.history("STALE")).hasSize(1);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aChangeMustCarryTheVersionAndCannotChangeTheCode() {
        fixtures.track("KEEP", 3);
        json().body(track("OTHER", 3)).when().put(ADMIN_TRACKS + "/KEEP").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("code", "version"))
                .body("errors.find { it.field == 'code' }.message", containsString("cannot change"));
        Map<String, Object> withoutCode = with(track("x", 3), "version", 0);
        withoutCode.remove("code");
        json().body(withoutCode).when().put(ADMIN_TRACKS + "/KEEP").then().statusCode(200)
                .body("code", equalTo("KEEP"));
        json().body(with(track("NOPE", 3), "version", 0)).when().put(ADMIN_TRACKS + "/NOPE").then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void anUnusedLevelCanBeRemoved() {
        fixtures.track("SHRINK", 3);
        json().body(with(track("SHRINK", 2), "version", 0)).when().put(ADMIN_TRACKS + "/SHRINK").then()
                .statusCode(200).body("levels.level", contains(1, 2));
        assertThat(fixtures.reload("SHRINK").levels).hasSize(2);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aLevelNamedByACertificateCannotBeRemoved() {
        fixtures.track("USED", 3);
        Member member = members.enrol("holder-1");
        fixtures.certificate(member, "USED", 3, LocalDate.of(2026, 1, 10));
        json().body(with(track("USED", 2), "version", 0)).when().put(ADMIN_TRACKS + "/USED").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Level 3 cannot be removed"))
                .body("detail", containsString("1 certificate(s)"));
        assertThat(fixtures.reload("USED").levels).hasSize(3);
        assertThat(fixtures.reload("USED").version).isZero();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aLevelNamedByARequestCannotBeRemovedButTheLevelsBelowItCanChange() {
        fixtures.track("ASKED", 3);
        Member member = members.enrol("requester-1");
        fixtures.request(member, "ASKED", 2);
        json().body(with(track("ASKED", 1), "version", 0)).when().put(ADMIN_TRACKS + "/ASKED").then()
                .statusCode(409).body("detail", containsString("Level 2 cannot be removed"))
                .body("detail", containsString("1 request(s)"));
        json().body(with(track("ASKED", 2), "version", 0)).when().put(ADMIN_TRACKS + "/ASKED").then()
                .statusCode(200).body("levels.level", contains(1, 2));
    }

    // --- who may ------------------------------------------------------------

    @Override
    public void refusedToEveryoneButAdmins(int status) {
        fixtures.track("GUARDED", 3);
        given().when().get(ADMIN_TRACKS).then().statusCode(status).contentType("application/problem+json");
        given().when().get(ADMIN_TRACKS + "/GUARDED").then().statusCode(status);
        json().body(track("NEW_ONE", 3)).when().post(ADMIN_TRACKS).then().statusCode(status);
        json().body(with(track("GUARDED", 1), "version", 0)).when().put(ADMIN_TRACKS + "/GUARDED").then()
                .statusCode(status);
        assertThat(fixtures.tracks()).isEqualTo(1);
        assertThat(fixtures.reload("GUARDED").levels).hasSize(3);
        // The public catalog answers everyone.
        given().when().get("/api/v1/tracks").then().statusCode(200).body("items.code", hasItem("GUARDED"));
        given().when().get("/api/v1/tracks/GUARDED").then().statusCode(200);
    }

    @Test
    void theOpenApiDocumentDescribesTheTrackEndpoints() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/tracks"))
                .body("paths", hasKey("/api/v1/admin/tracks/{code}"))
                .body("paths.'/api/v1/admin/tracks/{code}'.put.responses", hasKey("409"))
                .body("paths.'/tracks'", nullValue());
    }
}
