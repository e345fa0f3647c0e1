package ir.guild.registry.certification.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.certification.CertificateService;
import ir.guild.registry.certification.Certificates;
import ir.guild.registry.certification.PublicCode;
import ir.guild.registry.common.FieldError;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.MemberService;
import ir.guild.registry.membership.MembershipNumbers;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.PageAnswers;
import ir.guild.registry.web.Ui;

/**
 * The admins' certificate page: find a certificate by its code or every certificate of a
 * membership number, see its status today, and revoke it with a reason. A revocation goes
 * back to the certificate (POST-redirect-GET) and takes effect at once.
 */
@Path(CertificateLookup.PATH)
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AdminCertificatesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lookup(CertificateLookup lookup);
    }

    private final CertificateService service;
    private final Certificates certificates;
    private final MemberService members;
    private final SecurityIdentity identity;
    private final Ui ui;

    AdminCertificatesPage(CertificateService service, Certificates certificates, MemberService members,
            SecurityIdentity identity, Ui ui) {
        this.service = service;
        this.certificates = certificates;
        this.members = members;
        this.identity = identity;
        this.ui = ui;
    }

    @GET
    @Operation(hidden = true)
    public Response lookup(@RestQuery String q, @RestQuery String done) {
        String typed = PersianText.normalize(q);
        if (typed == null || typed.isEmpty()) {
            return PageAnswers.page(200, Templates.lookup(new CertificateLookup("", false, null, List.of(),
                    null, null, null, null, false)));
        }
        Optional<List<CertificationViews.CertificateRow>> found = find(typed);
        if (found.isEmpty()) {
            return PageAnswers.page(400, Templates.lookup(new CertificateLookup(typed, true, "invalid",
                    List.of(), null, null, null, null, false)));
        }
        return PageAnswers.page(200, Templates.lookup(new CertificateLookup(typed, true, null, found.get(),
                null, null, null, "revoked".equals(done) ? "revoked" : null, false)));
    }

    @POST
    @Path("{id: [0-9]+}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response revoke(@RestPath long id, @RestForm String reason, @RestForm String version) {
        Language language = ui.language();
        Certificates.Checked current = certificates.byId(id)
                .orElseThrow(() -> ProblemException.notFound("No such certificate"));
        String code = current.certificate().displayCode();
        try {
            service.revoke(id, reason, PageAnswers.version(version), CurrentPerson.of(identity), language);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.VALIDATION) {
                String error = e.errors().stream().filter(field -> field.field().equals("reason"))
                        .map(FieldError::message).findFirst().orElse(null);
                return PageAnswers.page(400, Templates.lookup(new CertificateLookup(code, true, null,
                        find(code).orElse(List.of()), id, reason, error, null, false)));
            }
            if (e.type() == ProblemType.CONFLICT) {
                return PageAnswers.page(409, Templates.lookup(new CertificateLookup(code, true, null,
                        find(code).orElse(List.of()), null, null, null, null, true)));
            }
            throw e;
        }
        return Response.seeOther(UriBuilder.fromPath(CertificateLookup.PATH).queryParam("q", code)
                .queryParam("done", "revoked").build()).build();
    }

    /**
     * The certificates for what was typed: a membership number finds all of that membership's, a
     * code its one certificate (or none). Empty when it is neither.
     */
    private Optional<List<CertificationViews.CertificateRow>> find(String typed) {
        Language language = ui.language();
        Optional<String> number = MembershipNumbers.parse(typed);
        if (number.isPresent()) {
            return Optional.of(members.find(number.get())
                    .map(member -> certificates.ofMember(member.id).stream()
                            .map(checked -> CertificationViews.certificateRow(checked, language)).toList())
                    .orElse(List.of()));
        }
        if (PublicCode.parse(typed).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(certificates.byCode(typed).stream()
                .map(checked -> CertificationViews.certificateRow(checked, language)).toList());
    }
}
