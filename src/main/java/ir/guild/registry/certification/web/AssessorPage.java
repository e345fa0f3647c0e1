package ir.guild.registry.certification.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.certification.Certificates;
import ir.guild.registry.certification.CertificationRequest;
import ir.guild.registry.certification.CertificationRequestService;
import ir.guild.registry.certification.DecisionForm;
import ir.guild.registry.certification.RequestStatus;
import ir.guild.registry.certification.TrackService;
import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.PageOf;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.web.FormErrors;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.web.PageAnswers;
import ir.guild.registry.web.Ui;

/**
 * The assessors' pages: the queue of certification requests by status and track, oldest
 * first, and each request with its evidence and the three decision forms. Decisions go back
 * to the request's page (POST-redirect-GET); the service refuses what is not allowed, such as
 * deciding one's own request.
 */
@Path(AssessorQueue.PATH)
@RolesAllowed(Role.Names.ASSESSOR)
@Produces(MediaType.TEXT_HTML)
public class AssessorPage {

    static final int PAGE_SIZE = PageOf.DEFAULT_SIZE;
    static final String REQUEST_ID = "{id: [0-9]+}";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(AssessorQueue queue);

        static native TemplateInstance request(AssessorReview review);
    }

    private final CertificationRequestService requests;
    private final Certificates certificates;
    private final TrackService tracks;
    private final SecurityIdentity identity;
    private final Ui ui;

    AssessorPage(CertificationRequestService requests, Certificates certificates, TrackService tracks,
            SecurityIdentity identity, Ui ui) {
        this.requests = requests;
        this.certificates = certificates;
        this.tracks = tracks;
        this.identity = identity;
        this.ui = ui;
    }

    /** Without a filter the queue shows what waits for a decision: submitted requests, oldest first. */
    @GET
    @Operation(hidden = true)
    public Response queue(@RestQuery String status, @RestQuery String track, @RestQuery Integer page) {
        Language language = ui.language();
        RequestStatus wanted;
        if (status == null) {
            wanted = RequestStatus.SUBMITTED;
        } else if (AssessorQueue.ANY.equalsIgnoreCase(status.trim()) || status.isBlank()) {
            wanted = null;
        } else {
            FieldChecks checks = new FieldChecks(language);
            wanted = checks.code("status", status, RequestStatus.class, false);
            checks.throwIfInvalid();
        }
        String trackCode = TrackService.canonicalCode(track).orElse(null);
        // People count pages from 1; the service counts from 0.
        int pageIndex = page == null || page < 1 ? 0 : page - 1;
        List<CertificationViews.RequestRow> rows = requests.queue(wanted, trackCode, pageIndex, PAGE_SIZE).stream()
                .map(request -> CertificationViews.requestRow(request, language)).toList();
        return PageAnswers.page(200, Templates.queue(new AssessorQueue(rows, wanted, trackCode,
                CertificationViews.tracks(tracks.catalog(), trackCode, language), pageIndex, PAGE_SIZE,
                requests.countQueue(wanted, trackCode), language)));
    }

    @GET
    @Path("requests/" + REQUEST_ID)
    @Operation(hidden = true)
    public Response request(@RestPath long id) {
        return PageAnswers.page(200, Templates.request(review(id, null, null, null, FormErrors.none(), false)));
    }

    @GET
    @Path("requests/" + REQUEST_ID + "/files/{fileId: [0-9]+}")
    @Produces(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response file(@RestPath long id, @RestPath long fileId) {
        return PageAnswers.download(requests.evidenceFile(id, fileId, assessor()));
    }

    @POST
    @Path("requests/" + REQUEST_ID + "/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response decide(@RestPath long id, @RestForm String decision, @RestForm String level,
            @RestForm String reason, @RestForm String version) {
        DecisionForm.Kind kind = kind(decision);
        try {
            requests.decide(id, new DecisionForm(decision, level, reason, PageAnswers.version(version)),
                    assessor(), ui.language());
        } catch (ProblemException e) {
            if (e.type() == ProblemType.VALIDATION) {
                return PageAnswers.page(400, Templates.request(review(id, kind, level, reason,
                        FormErrors.of(e.errors()), false)));
            }
            if (e.type() == ProblemType.CONFLICT) {
                return PageAnswers.page(409, Templates.request(review(id, null, null, null,
                        FormErrors.none(), true)));
            }
            if (e.type() == ProblemType.FORBIDDEN) {
                // Their own request: the page says so and offers no decision.
                return PageAnswers.page(403, Templates.request(review(id, null, null, null,
                        FormErrors.none(), false)));
            }
            throw e;
        }
        return Response.seeOther(URI.create(AssessorReview.path(id))).build();
    }

    private AssessorReview review(long id, DecisionForm.Kind sent, String level, String reason, FormErrors errors,
            boolean stale) {
        CurrentPerson assessor = assessor();
        Language language = ui.language();
        CertificationRequest request = requests.find(id, assessor)
                .orElseThrow(() -> ProblemException.notFound("No such certification request"));
        return new AssessorReview(CertificationViews.requestRow(request, language), request,
                List.copyOf(request.links),
                CertificationViews.fileRows(requests.files(request.id), AssessorReview.path(request.id) + "/files/",
                        language),
                certificates.ofMember(request.memberId).stream()
                        .map(checked -> CertificationViews.certificateRow(checked, language)).toList(),
                request.grantedLevel == null ? null : LocalDigits.of(request.grantedLevel, language),
                request.accountSubject.equals(assessor.subject()), language, sent, level, reason, errors, stale);
    }

    /** Which form was sent, so its entered values and errors go back to the same form. */
    private static DecisionForm.Kind kind(String decision) {
        String value = PersianText.normalize(decision);
        for (DecisionForm.Kind kind : DecisionForm.Kind.values()) {
            if (kind.name().equalsIgnoreCase(value == null ? "" : value.toUpperCase(Locale.ROOT))) {
                return kind;
            }
        }
        return null;
    }

    private CurrentPerson assessor() {
        return CurrentPerson.of(identity);
    }
}
