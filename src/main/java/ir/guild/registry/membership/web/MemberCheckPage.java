package ir.guild.registry.membership.web;

import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import ir.guild.registry.common.PersianText;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberStatus;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.Ui;

/**
 * The public check of one membership, where the QR code on a card leads: anyone holding the
 * number sees the holder's name, grade, status and validity, and nothing more.
 */
@Path(MemberCheckPage.PATH)
public class MemberCheckPage {

    static final String PATH = "/verify/member";

    public record CheckView(String numberShown, String fullName, String fullNameLatin, String grade,
            MemberStatus status, LocalDate validUntil) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance member(CheckView member);
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
        Member member = Member.byNumber(canonical(number))
                .orElseThrow(() -> ProblemException.notFound("No such membership"));
        Language language = ui.language();
        CheckView view = new CheckView(LocalDigits.of(member.membershipNumber, language), member.fullName,
                member.fullNameLatin, member.grade.label(language.locale()), member.statusOn(ui.today()),
                member.validUntil);
        // A check is for the person holding the card, not for search engines.
        return Response.ok(Templates.member(view), CardPage.HTML).header("X-Robots-Tag", "noindex").build();
    }

    /** {@code ۱۴۰۵-۰۰۰۱۲۳} typed by hand reads as {@code 1405-000123}. */
    private static String canonical(String number) {
        return PersianText.digitsToAscii(PersianText.normalize(number));
    }
}
