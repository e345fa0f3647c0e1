package ir.guild.registry.certification.web;

import java.time.LocalDate;

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
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.certification.Certificate;
import ir.guild.registry.certification.CertificateStatus;
import ir.guild.registry.certification.Certificates;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.membership.Member;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.Ui;
import ir.guild.registry.web.VerificationQr;

/**
 * A certificate to print, for its holder only: one landscape A4 sheet (css/certificate.css)
 * with a QR code that leads to the certificate's public check. Anyone else, signed in or not
 * as a member, is told there is no such certificate.
 */
@Path("/me/certifications")
@Authenticated
public class CertificatePrintPage {

    /** Certificate ids; other words under this path belong to the member's other certification pages. */
    static final String ID = "{id: [0-9]+}";
    static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    /** A certificate as its holder prints it, texts and numbers in the page's language. */
    public record PrintView(long id, String code, String holderName, String holderNameLatin,
            String membershipNumberShown, String trackTitle, String trackTitleOther, String levelShown,
            LocalDate issuedOn, LocalDate expiresOn, CertificateStatus status, String verificationUrl) {

        public boolean valid() {
            return status == CertificateStatus.VALID;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance certificate(PrintView certificate);
    }

    private final Certificates certificates;
    private final VerificationQr qr;
    private final SecurityIdentity identity;
    private final Ui ui;

    CertificatePrintPage(Certificates certificates, VerificationQr qr, SecurityIdentity identity, Ui ui) {
        this.certificates = certificates;
        this.qr = qr;
        this.identity = identity;
        this.ui = ui;
    }

    @GET
    @Path(ID + "/print")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response print(@PathParam("id") long id) {
        Certificates.Checked checked = held(id);
        return Response.ok(Templates.certificate(view(checked)), HTML).cacheControl(personal()).build();
    }

    @GET
    @Path(ID + "/qr.png")
    @Produces("image/png")
    @Operation(hidden = true)
    public Response qrCode(@PathParam("id") long id) {
        Certificate certificate = held(id).certificate();
        return Response.ok(qr.png(qr.certificateUrl(certificate.displayCode())), "image/png")
                .cacheControl(personal()).build();
    }

    /** The certificate if the signed-in person holds it; 404 otherwise, so ids reveal nothing. */
    private Certificates.Checked held(long id) {
        String subject = CurrentPerson.of(identity).subject();
        return certificates.byId(id).filter(checked -> {
            Member holder = Member.findById(checked.certificate().memberId);
            return holder != null && subject.equals(holder.accountSubject);
        }).orElseThrow(() -> ProblemException.notFound("No such certificate"));
    }

    private PrintView view(Certificates.Checked checked) {
        Certificate certificate = checked.certificate();
        Language language = ui.language();
        return new PrintView(certificate.id, certificate.displayCode(), certificate.holderName,
                certificate.holderNameLatin, LocalDigits.of(certificate.membershipNumber, language),
                certificate.track.title(language), certificate.track.title(language.other()),
                LocalDigits.of(certificate.level, language), certificate.issuedOn, certificate.expiresOn,
                checked.status(), qr.certificateUrl(certificate.displayCode()));
    }

    /** A certificate page is personal: kept by the holder's browser only, and not after they leave. */
    private static CacheControl personal() {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoStore(true);
        return cache;
    }
}
