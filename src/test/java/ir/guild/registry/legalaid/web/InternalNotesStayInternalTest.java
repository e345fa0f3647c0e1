package ir.guild.registry.legalaid.web;

import static io.restassured.RestAssured.given;
import static ir.guild.registry.membership.web.PageForms.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import jakarta.inject.Inject;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.legalaid.LegalAidFixtures;
import ir.guild.registry.membership.web.PageForms.PageForm;
import ir.guild.registry.web.Language;

/**
 * A counsel writes a message and an internal note through the desk's page; the member then
 * reads their case through the API and finds the message but not the note. Two people, so two
 * tests, in order: the case is kept between them.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InternalNotesStayInternalTest {

    private static final String MESSAGE = "Please send the payslips for Mehr and Aban.";
    private static final String NOTE = "Internal: the employer settled a similar case last year.";

    private static long caseId;

    @Inject
    LegalAidFixtures fixtures;

    @Test
    @Order(1)
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void theCounselWritesAMessageAndAnInternalNoteThroughThePage() {
        fixtures.clear();
        caseId = fixtures.claim(fixtures.filedBy("sara").id, LegalAidFixtures.counsel("counsel-1")).id;
        Response shown = get(CounselPageTest.casePage(caseId), Language.FA);
        assertThat(PageForm.of(shown, "#message-form", Language.FA).set("body", MESSAGE).post().statusCode())
                .isEqualTo(303);
        assertThat(PageForm.of(shown, "#note-form", Language.FA).set("body", NOTE).post().statusCode())
                .isEqualTo(303);
        assertThat(get(CounselPageTest.casePage(caseId), Language.FA).asString()).contains(MESSAGE, NOTE);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "sara", roles = "member")
    void theMemberReadsTheMessageButNeverTheNote() {
        assertThat(caseId).as("the case written in the first test").isPositive();
        String body = given().when().get("/api/v1/legal-aid/cases/" + caseId)
                .then().statusCode(200)
                .body("timeline.body", hasItem(MESSAGE))
                .extract().asString();
        assertThat(body).doesNotContain(NOTE).doesNotContain("INTERNAL_NOTE");
        assertThat(get(CounselPageTest.casePage(caseId), Language.FA).statusCode()).isEqualTo(404);
        fixtures.clear();
    }
}
