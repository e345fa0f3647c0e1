package ir.guild.registry.legalaid.web;

import static ir.guild.registry.common.SampleFiles.PDF;
import static ir.guild.registry.legalaid.web.LegalAidPages.MINE;
import static ir.guild.registry.legalaid.web.LegalAidPages.casePath;
import static ir.guild.registry.membership.web.PageForms.get;
import static ir.guild.registry.membership.web.PageForms.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.LegalAidFixtures;
import ir.guild.registry.legalaid.LegalAidService;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.web.PageForms.PageForm;
import ir.guild.registry.web.Language;

/**
 * Internal notes never reach the member: every page of a case the member can open, in both
 * languages, after its counsel and an admin wrote notes on it, holds none of their words.
 */
@QuarkusTest
class MyLegalAidNotesTest {

    private static final String MEMBER = "member-notes";
    private static final String ADMIN_NOTE = "Admin only: check the member's earlier dispute with this firm.";
    private static final String SHARED = "Please send the signed contract.";

    @Inject
    LegalAidFixtures fixtures;

    @Inject
    LegalAidService cases;

    @Test
    @TestSecurity(user = MEMBER, roles = "member")
    void noPageOfTheCaseShowsTheMemberAnInternalNote() {
        fixtures.clear();
        Member member = fixtures.member(MEMBER);
        LegalAidCase filed = fixtures.filedBy(member);
        CurrentPerson counsel = LegalAidFixtures.counsel("counsel-notes");
        fixtures.working(filed.id, counsel);
        fixtures.note(filed.id, counsel, LegalAidFixtures.NOTE);
        cases.message(filed.id, counsel, SHARED, Language.EN);
        fixtures.note(filed.id, LegalAidFixtures.admin("admin-notes"), ADMIN_NOTE);
        long documentId = cases.attach(filed.id, counsel, "notes-free.pdf", PDF, Language.EN).id;
        String path = casePath(filed.id);

        List<String> seen = new ArrayList<>();
        for (Language language : Language.values()) {
            seen.add(get(MINE, language).asString());
            seen.add(get(path, language).asString());
            seen.add(get(path + "?done=replied", language).asString());
            // The page as shown again after a refused message and a refused withdrawal.
            Response refused = PageForm.of(get(path, language), "#reply-form", language).set("body", " ").post();
            assertThat(refused.statusCode()).isEqualTo(400);
            seen.add(refused.asString());
            Response unconfirmed = PageForm.of(get(path, language), "#withdraw-form", language).post();
            assertThat(unconfirmed.statusCode()).isEqualTo(400);
            seen.add(unconfirmed.asString());
        }
        Response document = get(path + "/documents/" + documentId, Language.FA);
        assertThat(document.statusCode()).isEqualTo(200);
        seen.add(new String(document.asByteArray(), StandardCharsets.ISO_8859_1));

        // The pages do show what the desk shared, so the check below looks where notes would be.
        Document detail = page(path, Language.EN);
        assertThat(detail.select("#timeline-entries [data-field=body]").eachText()).containsExactly(SHARED);
        assertThat(detail.select("#timeline-entries > li").eachAttr("data-kind")).doesNotContain("INTERNAL_NOTE");
        for (String text : seen) {
            assertThat(text).doesNotContain(LegalAidFixtures.NOTE).doesNotContain(ADMIN_NOTE)
                    .doesNotContain("Counsel only").doesNotContain("Admin only");
        }
    }
}
