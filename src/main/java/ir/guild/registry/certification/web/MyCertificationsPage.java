package ir.guild.registry.certification.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;

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
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.certification.CertificateService;
import ir.guild.registry.certification.Certificates;
import ir.guild.registry.certification.CertificationConfig;
import ir.guild.registry.certification.CertificationRequest;
import ir.guild.registry.certification.CertificationRequestService;
import ir.guild.registry.certification.RequestForm;
import ir.guild.registry.certification.Track;
import ir.guild.registry.certification.TrackService;
import ir.guild.registry.common.FieldError;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.membership.MembershipStandings;
import ir.guild.registry.membership.web.FormErrors;
import ir.guild.registry.web.FormUploads;
import ir.guild.registry.web.FormUploads.FileProblem;
import ir.guild.registry.web.FormUploads.FilesRefused;
import ir.guild.registry.web.FormUploads.Upload;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.web.PageAnswers;
import ir.guild.registry.web.Ui;

/**
 * The member's own certification pages: their requests and certificates, the form to request a
 * certification (with evidence files), and each request with its answer and withdraw forms.
 * Every rule is the service's; a request and its files are written together or not at all.
 * Someone else's request is answered as if it did not exist.
 */
@Path("/me/certifications")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MyCertificationsPage {

    static final String REQUEST_ID = "{id: [0-9]+}";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(MyCertifications page);

        static native TemplateInstance create(NewRequest form);

        static native TemplateInstance request(RequestDetail detail);
    }

    private final CertificationRequestService requests;
    private final CertificateService certificateService;
    private final Certificates certificates;
    private final TrackService tracks;
    private final MembershipStandings standings;
    private final CertificationConfig config;
    private final SecurityIdentity identity;
    private final Ui ui;

    MyCertificationsPage(CertificationRequestService requests, CertificateService certificateService,
            Certificates certificates, TrackService tracks, MembershipStandings standings, CertificationConfig config,
            SecurityIdentity identity, Ui ui) {
        this.requests = requests;
        this.certificateService = certificateService;
        this.certificates = certificates;
        this.tracks = tracks;
        this.standings = standings;
        this.config = config;
        this.identity = identity;
        this.ui = ui;
    }

    @GET
    @Operation(hidden = true)
    public Response overview() {
        CurrentPerson person = person();
        Language language = ui.language();
        MyCertifications page = new MyCertifications(blocked(person).orElse(null),
                requests.mine(person).stream().map(request -> CertificationViews.requestRow(request, language))
                        .toList(),
                certificateService.mine(person).stream()
                        .map(checked -> CertificationViews.certificateRow(checked, language)).toList());
        return PageAnswers.page(200, Templates.overview(page));
    }

    @GET
    @Path("new")
    @Operation(hidden = true)
    public Response newRequest(@RestQuery String track) {
        return PageAnswers.page(200, Templates.create(form(blocked(person()).orElse(null), track, null, "",
                List.of(), List.of(), List.of(), null)));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response submit(@RestForm String trackCode, @RestForm String level, @RestForm String evidence,
            @RestForm("links") List<String> links, @RestForm("files") List<FileUpload> files) {
        CurrentPerson person = person();
        Language language = ui.language();
        List<Upload> uploads = FormUploads.read(files);
        try {
            CertificationRequest request = QuarkusTransaction.joiningExisting().call(() -> {
                CertificationRequest made = requests.submit(person, new RequestForm(trackCode, level, evidence, links),
                        language);
                attachAll(made.id, person, uploads, language);
                return made;
            });
            return Response.seeOther(URI.create(RequestDetail.path(request.id) + "?done=submitted")).build();
        } catch (FilesRefused e) {
            return PageAnswers.page(400, Templates.create(form(null, trackCode, level, evidence, links,
                    List.of(), e.problems(), null)));
        } catch (ProblemException e) {
            if (e.type() == ProblemType.VALIDATION) {
                return PageAnswers.page(400, Templates.create(form(null, trackCode, level, evidence, links,
                        e.errors(), List.of(), null)));
            }
            if (e.type() != ProblemType.CONFLICT && e.type() != ProblemType.FORBIDDEN) {
                throw e;
            }
            Optional<String> blocked = blocked(person);
            if (blocked.isPresent() || e.type() == ProblemType.FORBIDDEN) {
                return PageAnswers.page(e.type() == ProblemType.FORBIDDEN ? 403 : 409,
                        Templates.create(form(blocked.orElse("NOT_MEMBER"), null, null, "", List.of(), List.of(),
                                List.of(), null)));
            }
            // The membership is active: the conflict is the member's open request on the same track.
            Long open = requests.mine(person).stream()
                    .filter(request -> request.status.isOpen() && request.track.code.equalsIgnoreCase(
                            trackCode == null ? "" : trackCode.trim()))
                    .map(request -> request.id).findFirst().orElse(null);
            return PageAnswers.page(409, Templates.create(form(null, trackCode, level, evidence, links,
                    List.of(), List.of(), open)));
        }
    }

    @GET
    @Path("requests/" + REQUEST_ID)
    @Operation(hidden = true)
    public Response request(@RestPath long id, @RestQuery String done) {
        CertificationRequest request = own(id, person());
        String notice = done != null && List.of("submitted", "answered", "withdrawn").contains(done) ? done : null;
        return PageAnswers.page(200, Templates.request(detail(request, notice, false, null, null, null,
                null, List.of(), List.of())));
    }

    @GET
    @Path("requests/" + REQUEST_ID + "/files/{fileId: [0-9]+}")
    @Produces(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response file(@RestPath long id, @RestPath long fileId) {
        CurrentPerson person = person();
        own(id, person);
        return PageAnswers.download(requests.evidenceFile(id, fileId, person));
    }

    /** The member answers a request for more information: new evidence and links, perhaps more files. */
    @POST
    @Path("requests/" + REQUEST_ID + "/answer")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response answer(@RestPath long id, @RestForm String level, @RestForm String evidence,
            @RestForm("links") List<String> links, @RestForm("files") List<FileUpload> files,
            @RestForm String version) {
        CurrentPerson person = person();
        Language language = ui.language();
        own(id, person);
        List<Upload> uploads = FormUploads.read(files);
        try {
            QuarkusTransaction.joiningExisting().run(() -> {
                requests.resubmit(id, new RequestForm(null, level, evidence, links),
                        PageAnswers.version(version), person, language);
                attachAll(id, person, uploads, language);
            });
            return Response.seeOther(URI.create(RequestDetail.path(id) + "?done=answered")).build();
        } catch (FilesRefused e) {
            return PageAnswers.page(400, Templates.request(detail(own(id, person), null, false, null, level,
                    evidence, links, List.of(), e.problems())));
        } catch (ProblemException e) {
            return refusedChange(id, person, e, level, evidence, links);
        }
    }

    @POST
    @Path("requests/" + REQUEST_ID + "/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response withdraw(@RestPath long id, @RestForm String version) {
        CurrentPerson person = person();
        own(id, person);
        try {
            requests.withdraw(id, PageAnswers.version(version), person);
            return Response.seeOther(URI.create(RequestDetail.path(id) + "?done=withdrawn")).build();
        } catch (ProblemException e) {
            return refusedChange(id, person, e, null, null, null);
        }
    }

    /** The request's page again after a refused answer or withdrawal, saying why. */
    private Response refusedChange(long id, CurrentPerson person, ProblemException e, String level, String evidence,
            List<String> links) {
        if (e.type() == ProblemType.VALIDATION) {
            return PageAnswers.page(400, Templates.request(detail(own(id, person), null, false, null, level,
                    evidence, links, e.errors(), List.of())));
        }
        if (e.type() != ProblemType.CONFLICT) {
            throw e;
        }
        String blocked = blocked(person).orElse(null);
        CertificationRequest request = own(id, person);
        // A conflict with an active membership is a request that changed after the page was shown.
        return PageAnswers.page(409, Templates.request(detail(request, null, blocked == null, blocked, null,
                null, null, List.of(), List.of())));
    }

    private RequestDetail detail(CertificationRequest request, String notice, boolean stale, String blocked,
            String typedLevel, String typedEvidence, List<String> typedLinks, List<FieldError> errors,
            List<FileProblem> fileErrors) {
        Language language = ui.language();
        boolean typed = typedEvidence != null;
        var certificate = requests.certificateOf(request)
                .map(issued -> CertificationViews.certificateRow(certificates.checked(issued), language))
                .orElse(null);
        return new RequestDetail(CertificationViews.requestRow(request, language), request,
                List.copyOf(request.links),
                CertificationViews.fileRows(requests.files(request.id), RequestDetail.path(request.id) + "/files/",
                        language),
                request.grantedLevel == null ? null : LocalDigits.of(request.grantedLevel, language), certificate,
                CertificationViews.levels(request.track.highestLevel(),
                        typed ? typedLevel : Integer.toString(request.level), language),
                typed ? typedEvidence : request.evidence,
                CertificationViews.linkFields("answer-link-", typed ? typedLinks : request.links, errors),
                FormErrors.of(errors), fileErrors, notice, stale, blocked, LocalDigits.of(config.maxFiles(), language),
                maxSizeShown(language));
    }

    private NewRequest form(String blocked, String track, String level, String evidence, List<String> links,
            List<FieldError> errors, List<FileProblem> fileErrors, Long openRequestId) {
        Language language = ui.language();
        List<Track> open = tracks.open();
        int highest = open.stream().mapToInt(Track::highestLevel).max().orElse(1);
        return new NewRequest(blocked, CertificationViews.tracks(open, track, language),
                CertificationViews.levels(highest, level, language), evidence == null ? "" : evidence,
                CertificationViews.linkFields("link-", links, errors), FormErrors.of(errors), fileErrors,
                openRequestId, LocalDigits.of(config.maxFiles(), language), maxSizeShown(language));
    }

    /** The member's own request; anyone else's, even for assessors and admins on this page, is not found. */
    private CertificationRequest own(long id, CurrentPerson person) {
        return requests.find(id, person).filter(request -> request.accountSubject.equals(person.subject()))
                .orElseThrow(() -> ProblemException.notFound("No such certification request"));
    }

    private Optional<String> blocked(CurrentPerson person) {
        return standings.of(person).blocked();
    }

    /** Attaches the files to the request, all or none. */
    private void attachAll(long requestId, CurrentPerson person, List<Upload> uploads, Language language) {
        FormUploads.attachAll(uploads,
                (fileName, content) -> requests.attach(requestId, person, fileName, content, language));
    }

    private String maxSizeShown(Language language) {
        return LocalDigits.megabytes(config.maxFileSize().asLongValue(), language);
    }

    private CurrentPerson person() {
        return CurrentPerson.of(identity);
    }
}
