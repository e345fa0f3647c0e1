package ir.guild.registry.membership.web;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import ir.guild.registry.common.PersianText;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberStatus;
import ir.guild.registry.membership.MembershipNumbers;
import ir.guild.registry.ratelimit.RateLimited;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.web.Ui;

/**
 * The public check of one membership, where the QR code on a card leads: anyone holding the
 * number sees the holder's name, grade, status and validity, and nothing more. It looks like the
 * check of a certificate and counts against the same limit.
 */
@Path(MemberCheckPage.PATH)
@RateLimited(RateLimited.PUBLIC_VERIFICATION)
public class MemberCheckPage {

    static final String PATH = "/verify/member";

    public record CheckView(String numberShown, String fullName, String fullNameLatin, String grade,
            MemberStatus status, String tone, LocalDate validUntil) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance member(CheckView member);

        static native TemplateInstance notFound(String typed);
    }

    private final Ui ui;

    MemberCheckPage(Ui ui) {
        this.ui = ui;
    }

    @GET
    @Path("{number}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response member(@PathParam("number") String number) {
        Optional<Member> found = MembershipNumbers.parse(number).flatMap(Member::byNumber);
        if (found.isEmpty()) {
            return page(Response.Status.NOT_FOUND, Templates.notFound(PersianText.normalize(number)));
        }
        Member member = found.get();
        Language language = ui.language();
        MemberStatus status = member.statusOn(ui.today());
        CheckView view = new CheckView(LocalDigits.of(member.membershipNumber, language), member.fullName,
                member.fullNameLatin, member.grade.label(language.locale()), status, tone(status),
                member.validUntil);
        return page(Response.Status.OK, Templates.member(view));
    }

    /** The colour of a status on the page, the same as a certificate's: green, grey, amber, red. */
    static String tone(MemberStatus status) {
        return switch (status) {
            case ACTIVE -> "success";
            case EXPIRED -> "secondary";
            case SUSPENDED -> "warning";
            case REVOKED -> "danger";
        };
    }

    /** A check is for the person holding the card, not for search engines, and is always read afresh. */
    private static Response page(Response.Status status, TemplateInstance page) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(status).type(CardPage.HTML).entity(page).header("X-Robots-Tag", "noindex")
                .cacheControl(noStore).build();
    }
}
