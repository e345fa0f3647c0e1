package ir.guild.registry.membership.web;

import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.common.ProblemException;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberProfileService;
import ir.guild.registry.membership.MemberStatus;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.web.Ui;
import ir.guild.registry.web.VerificationQr;

/**
 * The member's card: fits a phone screen and prints at card size (css/card.css), with a QR
 * code that leads to the public membership check.
 */
@Path("/me/card")
@Authenticated
public class CardPage {

    public static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    /** A card as its holder sees it, labels and numbers already in the page's language. */
    public record CardView(String number, String numberShown, String fullName, String fullNameLatin, String grade,
            MemberStatus status, LocalDate validUntil, String verificationUrl) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance card(CardView card);

        static native TemplateInstance notMember();
    }

    private final MemberProfileService profiles;
    private final VerificationQr qr;
    private final SecurityIdentity identity;
    private final Ui ui;

    CardPage(MemberProfileService profiles, VerificationQr qr, SecurityIdentity identity, Ui ui) {
        this.profiles = profiles;
        this.qr = qr;
        this.identity = identity;
        this.ui = ui;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response card() {
        return profiles.mine(CurrentPerson.of(identity))
                .map(member -> Response.ok(Templates.card(view(member)), HTML).cacheControl(personal()).build())
                .orElseGet(CardPage::notMember);
    }

    @GET
    @Path("qr.png")
    @Produces("image/png")
    @Operation(hidden = true)
    public Response qrCode() {
        Member member = profiles.mine(CurrentPerson.of(identity))
                .orElseThrow(() -> ProblemException.notFound("You are not a member"));
        return Response.ok(qr.png(qr.membershipUrl(member.membershipNumber)), "image/png").cacheControl(personal())
                .build();
    }

    private CardView view(Member member) {
        Language language = ui.language();
        return new CardView(member.membershipNumber, LocalDigits.of(member.membershipNumber, language),
                member.fullName, member.fullNameLatin, member.grade.label(language.locale()),
                member.statusOn(ui.today()), member.validUntil, qr.membershipUrl(member.membershipNumber));
    }

    /** The card is personal: kept by the holder's browser only, and not after they leave. */
    public static CacheControl personal() {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoStore(true);
        return cache;
    }

    /** The page for someone signed in without a membership, shared by the member's other pages. */
    public static Response notMember() {
        return Response.status(Response.Status.NOT_FOUND).entity(Templates.notMember()).type(HTML).build();
    }
}
