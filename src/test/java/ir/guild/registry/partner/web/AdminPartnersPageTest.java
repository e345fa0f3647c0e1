package ir.guild.registry.partner.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.membership.web.PageForms;
import ir.guild.registry.membership.web.PageForms.PageForm;
import ir.guild.registry.outbox.OutboxRelay;
import ir.guild.registry.partner.PartnerFirm;
import ir.guild.registry.partner.PartnerFixtures;
import ir.guild.registry.partner.PartnerStatus;
import ir.guild.registry.partner.RecordingPartnerClients;
import ir.guild.registry.web.Language;

/** The admins' partner pages in Persian and English, their forms with the CSRF token, and the secret shown once. */
@QuarkusTest
class AdminPartnersPageTest {

    static final String COMPANY_ID = "10100834460";

    @Inject
    MembershipTestData data;

    @Inject
    PartnerFixtures fixtures;

    @Inject
    RecordingPartnerClients keycloak;

    @Inject
    OutboxRelay relay;

    @BeforeEach
    void clean() {
        data.clear();
        keycloak.reset();
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void registeringShowsTheClientAndItsSecretOnceInPersian() {
        fixtures.firm("Older Firm", "older-firm", PartnerStatus.SUSPENDED);
        Document list = PageForms.page("/admin/partners", Language.FA);
        assertThat(list.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(list.selectFirst("h1").text()).isEqualTo("شرکای صنف");
        assertThat(list.select("#partners tbody tr")).hasSize(1);
        assertThat(list.selectFirst("#partners .badge").text()).isEqualTo("تعلیق‌شده");
        assertThat(list.selectFirst("#partner-total").text()).isEqualTo("۱ شرکت");
        PageForms.assertEveryFieldHasALabel(list);

        Response answer = PageForm.of(PageForms.get("/admin/partners", Language.FA), "#register-form", Language.FA)
                .set("name", "شركت نمونه").set("nationalCompanyId", "۱۰۱۰۰۸۳۴۴۶۰").set("contactEmail", "hr@namune.ir")
                .post();
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.getHeader("Cache-Control")).contains("no-store");
        Document shown = PageForms.parseValid(answer);
        assertThat(shown.selectFirst("#client-id").text()).isEqualTo("partner-" + COMPANY_ID);
        String secret = shown.selectFirst("#client-secret").text();
        assertThat(secret).startsWith("secret-");
        assertThat(shown.selectFirst("#secret-warning").text()).contains("فقط همین یک بار");
        assertThat(keycloak.calls()).extracting(RecordingPartnerClients.Call::action).containsExactly("create");

        // Never again: neither the list nor the firm's page shows it.
        PartnerFirm firm = QuarkusTransaction.requiringNew()
                .call(() -> PartnerFirm.byClientId("partner-" + COMPANY_ID).orElseThrow());
        assertThat(firm.name).isEqualTo("شرکت نمونه");
        assertThat(PageForms.get("/admin/partners", Language.FA).asString()).doesNotContain(secret);
        assertThat(PageForms.get("/admin/partners/" + firm.id, Language.FA).asString()).doesNotContain(secret);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void badFieldsDuplicatesAndKeycloakDownAreShownBesideTheFormInEnglish() {
        Response invalid = PageForm.of(PageForms.get("/admin/partners", Language.EN), "#register-form", Language.EN)
                .set("name", "Firm").set("nationalCompanyId", "10100834461").set("contactEmail", "nope").post();
        assertThat(invalid.statusCode()).isEqualTo(400);
        Document page = PageForms.parseValid(invalid);
        assertThat(page.selectFirst("#nationalCompanyId-error").text()).contains("check digit");
        assertThat(page.selectFirst("#contactEmail-error")).isNotNull();
        assertThat(page.selectFirst("#name-error")).isNull();
        assertThat(page.selectFirst("#name").attr("value")).isEqualTo("Firm");

        fixtures.firm("Taken", "taken", PartnerStatus.ACTIVE);
        String takenId = QuarkusTransaction.requiringNew()
                .call(() -> PartnerFirm.byClientId("taken").orElseThrow().nationalCompanyId);
        Response duplicate = PageForm.of(PageForms.get("/admin/partners", Language.EN), "#register-form", Language.EN)
                .set("name", "Firm").set("nationalCompanyId", takenId).set("contactEmail", "a@firm.org").post();
        // The fixture's IDs carry no check digit, so either answer means the second firm was refused.
        assertThat(duplicate.statusCode()).isIn(400, 409);

        keycloak.goDown();
        Response down = PageForm.of(PageForms.get("/admin/partners", Language.EN), "#register-form", Language.EN)
                .set("name", "Firm").set("nationalCompanyId", COMPANY_ID).set("contactEmail", "a@firm.org").post();
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(PageForms.parseValid(down).selectFirst("#partner-unavailable")).isNotNull();
        assertThat(QuarkusTransaction.requiringNew().call(() -> PartnerFirm.count())).isEqualTo(1);

        Response noToken = PageForm.of(PageForms.get("/admin/partners", Language.EN), "#register-form", Language.EN)
                .set("name", "Firm").set("nationalCompanyId", COMPANY_ID).set("contactEmail", "a@firm.org")
                .withoutCsrfToken().post();
        assertThat(noToken.statusCode()).isEqualTo(400);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aDuplicateCompanyIdIsRefusedWith409() {
        PageForm.of(PageForms.get("/admin/partners", Language.EN), "#register-form", Language.EN)
                .set("name", "First").set("nationalCompanyId", COMPANY_ID).set("contactEmail", "a@first.org").post();
        Response again = PageForm.of(PageForms.get("/admin/partners", Language.EN), "#register-form", Language.EN)
                .set("name", "Again").set("nationalCompanyId", COMPANY_ID).set("contactEmail", "a@again.org").post();
        assertThat(again.statusCode()).isEqualTo(409);
        Document page = PageForms.parseValid(again);
        assertThat(page.selectFirst("#nationalCompanyId-error").text()).contains("already registered");
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void anAdminSuspendsReactivatesAndRotatesTheSecretWithConfirmation() {
        PartnerFirm firm = fixtures.firm("Acme HR", PartnerFixtures.ACME, PartnerStatus.ACTIVE);
        String path = "/admin/partners/" + firm.id;

        Response suspended = PageForm.of(PageForms.get(path, Language.EN), "#suspend-form", Language.EN).post();
        assertThat(suspended.statusCode()).isEqualTo(303);
        assertThat(suspended.getHeader("Location")).endsWith(path + "?done=suspend");
        Document page = PageForms.page(path + "?done=suspend", Language.EN);
        assertThat(page.selectFirst("#done").text()).contains("suspended");
        assertThat(page.selectFirst("#partner-status").attr("data-status")).isEqualTo("SUSPENDED");
        assertThat(page.select("#history tr[data-action=partner.suspend]")).hasSize(1);
        PageForms.assertEveryFieldHasALabel(page);
        relay.deliverDue();
        assertThat(keycloak.calls()).containsExactly(
                new RecordingPartnerClients.Call("disable", PartnerFixtures.ACME, null));

        // A second tab still showing the old version cannot undo it.
        Response stale = PageForm.of(PageForms.get(path, Language.EN), "#reactivate-form", Language.EN)
                .set("version", "0").post();
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(PageForms.parseValid(stale).selectFirst("#conflict")).isNotNull();

        Response reactivated = PageForm.of(PageForms.get(path, Language.FA), "#reactivate-form", Language.FA).post();
        assertThat(reactivated.statusCode()).isEqualTo(303);

        Response unconfirmed = PageForm.of(PageForms.get(path, Language.FA), "#rotate-form", Language.FA).post();
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(PageForms.parseValid(unconfirmed).selectFirst("#rotate-confirm-error")).isNotNull();

        Response rotated = PageForm.of(PageForms.get(path, Language.FA), "#rotate-form", Language.FA)
                .set("confirm", "yes").post();
        assertThat(rotated.statusCode()).isEqualTo(200);
        Document shown = PageForms.parseValid(rotated);
        assertThat(shown.selectFirst("h1").text()).isEqualTo("رمز تازه کلاینت ساخته شد");
        assertThat(shown.selectFirst("#client-secret").text()).startsWith("secret-");
        assertThat(keycloak.calls()).last()
                .isEqualTo(new RecordingPartnerClients.Call("secret", PartnerFixtures.ACME, null));
    }
}
