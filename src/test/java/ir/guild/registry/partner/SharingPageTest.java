package ir.guild.registry.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.membership.web.PageForms;
import ir.guild.registry.web.Language;

@QuarkusTest
class SharingPageTest {

    static final String SHARING = "/me/sharing";

    @Inject
    MembershipTestData data;

    @Inject
    MemberFixtures members;

    @Inject
    PartnerFixtures partners;

    @BeforeEach
    void clean() {
        data.clear();
        partners.firms();
    }

    @Test
    @TestSecurity(user = "page-1", roles = "member")
    void thePageIsPersianFirstWithALabelForEveryField() {
        members.approve("page-1");
        Document page = PageForms.page(SHARING, Language.FA);
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("h1").text()).isEqualTo("اشتراک عضویت با کارفرمایان");
        for (Element field : page.select("form#new-code input:not([type=hidden]), form#new-code select")) {
            assertThat(page.select("label[for=" + field.id() + "]")).as("label of " + field.id()).hasSize(1);
        }
        assertThat(page.selectFirst("#codes-empty")).isNotNull();
        assertThat(page.selectFirst("#verifications-empty")).isNotNull();

        Document english = PageForms.page(SHARING, Language.EN);
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.selectFirst("h1").text()).isEqualTo("Sharing with employers");

        Document dashboard = PageForms.page("/me", Language.FA);
        assertThat(dashboard.selectFirst("a#sharing-link").attr("href")).isEqualTo(SHARING);
    }

    @Test
    @TestSecurity(user = "page-2", roles = "member")
    void aCodeMadeOnThePageIsShownOnceWorksAndCanBeRevoked() {
        Member member = members.approve("page-2");
        Response form = PageForms.get(SHARING, Language.EN);
        Response made = PageForms.PageForm.of(form, "form#new-code", Language.EN)
                .set("scope", "MEMBERSHIP_AND_CERTIFICATES").set("validForHours", "24").set("label", "For Acme")
                .post();
        assertThat(made.statusCode()).isEqualTo(200);
        Document shown = PageForms.parseValid(made);
        String code = shown.selectFirst("#share-code").text();
        assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        assertThat(shown.selectFirst("#code-list td[data-field=label]").text()).isEqualTo("For Acme");

        Document again = PageForms.page(SHARING, Language.EN);
        assertThat(again.selectFirst("#share-code")).isNull();
        assertThat(again.html()).doesNotContain(code);
        assertThat(again.selectFirst("#code-list td[data-field=hint]").text()).endsWith(code.substring(15));

        assertThat(partners.verifyAs(PartnerFixtures.ACME, member.membershipNumber, code)).isTrue();
        Document verified = PageForms.page(SHARING, Language.EN);
        Element row = verified.selectFirst("#verification-list tbody tr");
        assertThat(row.selectFirst("[data-field=firm]").text()).isEqualTo("Acme HR");
        assertThat(row.selectFirst("[data-field=outcome]").attr("data-outcome")).isEqualTo("VERIFIED");
        assertThat(row.selectFirst("[data-field=code]").text()).contains("For Acme");
        assertThat(verified.selectFirst("#code-list td[data-field=uses]").text()).isEqualTo("1");

        Response revoked = PageForms.PageForm.of(PageForms.get(SHARING, Language.EN), "#code-list form",
                Language.EN).post();
        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(revoked.header("Location")).endsWith(SHARING + "?revoked=1");
        Document after = PageForms.page(SHARING + "?revoked=1", Language.EN);
        assertThat(after.selectFirst("#revoked")).isNotNull();
        assertThat(after.selectFirst("#code-list [data-status]").attr("data-status")).isEqualTo("REVOKED");
        assertThat(after.select("#code-list form")).isEmpty();
        assertThat(partners.verifyAs(PartnerFixtures.ACME, member.membershipNumber, code)).isFalse();
    }

    @Test
    @TestSecurity(user = "page-3", roles = "member")
    void aRefusedFormKeepsWhatWasTypedAndNamesTheField() {
        members.approve("page-3");
        Response refused = PageForms.PageForm.of(PageForms.get(SHARING, Language.FA), "form#new-code", Language.FA)
                .set("validForHours", "5000").set("label", "برای شرکت").post();
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = PageForms.parseValid(refused);
        assertThat(page.selectFirst("#validForHours-error").text()).isNotBlank();
        assertThat(page.selectFirst("input#label").val()).isEqualTo("برای شرکت");
        assertThat(page.selectFirst("#share-code")).isNull();
        assertThat(partners.storedShareCodeText()).isEmpty();
    }

    @Test
    @TestSecurity(user = "page-4", roles = "member")
    void aFormWithoutItsCsrfTokenIsRefused() {
        members.approve("page-4");
        Response refused = PageForms.PageForm.of(PageForms.get(SHARING, Language.FA), "form#new-code", Language.FA)
                .withoutCsrfToken().post();
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(partners.storedShareCodeText()).isEmpty();
    }

    @Test
    @TestSecurity(user = "page-5", roles = "member")
    void anotherMembersCodeCannotBeRevokedFromThePage() {
        Member other = members.approve("page-5-other");
        ShareCodeService.Issued theirs = partners.code(other, ShareScope.MEMBERSHIP, null);
        members.approve("page-5");
        Response form = PageForms.get(SHARING, Language.FA);
        Response refused = PageForms.PageForm.of(form, "form#new-code", Language.FA)
                .post("/me/sharing/" + theirs.shareCode().id + "/revoke");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(partners.row(theirs.shareCode().id).get("revoked")).isEqualTo(false);
    }

    @Test
    @TestSecurity(user = "page-6")
    void someoneWithoutAMembershipSeesTheNotAMemberPage() {
        Response response = PageForms.get(SHARING, Language.FA);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(List.of(response.contentType())).allMatch(type -> type.startsWith("text/html"));
    }
}
