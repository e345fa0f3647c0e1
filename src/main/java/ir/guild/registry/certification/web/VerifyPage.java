package ir.guild.registry.certification.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import ir.guild.registry.certification.CertificateStatus;
import ir.guild.registry.certification.PublicChecks;
import ir.guild.registry.certification.PublicCode;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.membership.MembershipNumbers;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.ratelimit.RateLimited;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.Ui;

/**
 * The public check of a certificate, where its QR code leads: anyone holding the code sees who
 * holds it, for what, and whether it is valid today. {@code /verify} asks for a code (or a
 * membership number) and sends the reader on to the page that answers.
 */
@Path("/verify")
@RateLimited(RateLimited.PUBLIC_VERIFICATION)
public class VerifyPage {

    static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    /** A certificate as the page shows it, in the page's language. */
    public record CertificateView(String codeShown, String holderName, String holderNameLatin, String trackTitle,
            String levelShown, LocalDate issuedOn, LocalDate expiresOn, CertificateStatus status, String tone) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String typed, String problem);

        static native TemplateInstance certificate(CertificateView certificate);

        static native TemplateInstance notFound(String typed);
    }

    private final PublicChecks checks;
    private final Ui ui;

    VerifyPage(PublicChecks checks, Ui ui) {
        this.checks = checks;
        this.ui = ui;
    }

    /**
     * The form, or, when it was sent ({@code ?code=}), a redirect to the page of what was typed: a
     * membership number to its membership check, anything else read as a certificate code.
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response form(@QueryParam("code") String code) {
        if (code == null) {
            return page(Response.Status.OK, Templates.form("", ""));
        }
        String typed = PersianText.normalize(code);
        if (typed.isEmpty()) {
            return page(Response.Status.BAD_REQUEST, Templates.form("", "required"));
        }
        Optional<String> membershipNumber = MembershipNumbers.parse(typed);
        if (membershipNumber.isPresent()) {
            return Response.seeOther(URI.create("/verify/member/" + membershipNumber.get())).build();
        }
        return PublicCode.parse(typed)
                .map(stored -> Response.seeOther(URI.create("/verify/" + PublicCode.display(stored))).build())
                .orElseGet(() -> page(Response.Status.BAD_REQUEST, Templates.form(typed, "invalid")));
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response certificate(@PathParam("code") String code) {
        Language language = ui.language();
        return checks.certificate(code)
                .map(checked -> page(Response.Status.OK, Templates.certificate(new CertificateView(
                        checked.displayCode(), checked.holderName(), checked.holderNameLatin(),
                        checked.trackTitle(language), LocalDigits.of(checked.level(), language), checked.issuedOn(),
                        checked.expiresOn(), checked.status(), tone(checked.status())))))
                .orElseGet(() -> page(Response.Status.NOT_FOUND, Templates.notFound(PersianText.normalize(code))));
    }

    /** The Bootstrap colour of a status: green, grey, amber, red. */
    static String tone(CertificateStatus status) {
        return switch (status) {
            case VALID -> "success";
            case EXPIRED -> "secondary";
            case SUSPENDED -> "warning";
            case REVOKED -> "danger";
        };
    }

    /**
     * A check is for the person holding the code, not for search engines, and is always read
     * afresh: a status may change at any moment.
     */
    public static Response page(Response.Status status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(page).header("X-Robots-Tag", "noindex")
                .cacheControl(noStore()).build();
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }
}
