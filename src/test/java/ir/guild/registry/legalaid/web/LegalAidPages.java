package ir.guild.registry.legalaid.web;

import static ir.guild.registry.membership.web.PageForms.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;

import ir.guild.registry.membership.web.PageForms;
import ir.guild.registry.membership.web.PageForms.PageForm;
import ir.guild.registry.web.Language;

/** What the tests of the member's legal-aid pages share: their addresses and posting to them. */
final class LegalAidPages {

    static final String MINE = "/me/legal-aid";
    static final String NEW = MINE + "/new";

    private LegalAidPages() {
    }

    static String casePath(long id) {
        return MINE + "/" + id;
    }

    static String documentPath(long caseId, long documentId) {
        return casePath(caseId) + "/documents/" + documentId;
    }

    static long idFromLocation(Response response) {
        String location = response.header("Location");
        assertThat(location).as("Location").contains(MINE + "/");
        return Long.parseLong(location.replaceAll(".*/legal-aid/([0-9]+).*", "$1"));
    }

    /**
     * A form post anyone signed in can make, with a valid CSRF token taken from the language switch
     * of their own legal-aid page: how someone would post to a case that is not theirs.
     */
    static Response post(String path, Map<String, List<String>> fields, boolean multipart) {
        Response mine = get(MINE, Language.FA);
        String token = PageForms.parseValid(mine).selectFirst("form[action=/lang] input[name=csrf-token]")
                .attr("value");
        Map<String, List<String>> values = new HashMap<>(fields);
        values.put("csrf-token", List.of(token));
        return new PageForm(path, multipart, mine.getCookies(), values, List.of(), Language.FA).post();
    }
}
