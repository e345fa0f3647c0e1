package ir.guild.registry.certification.rest;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.certification.CertificationRequest;
import ir.guild.registry.certification.CertificationRequestService;
import ir.guild.registry.certification.RequestForm;
import ir.guild.registry.common.PageOf;
import ir.guild.registry.common.Problem;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.UploadedFiles;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.web.Language;

/**
 * A member's certification requests and their evidence files. Assessors and admins may read
 * any request and its files; anyone else is told a request that is not theirs does not exist.
 */
@Path(CertificationRequestResource.PATH)
@Tag(name = "Certification requests")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class CertificationRequestResource {

    static final String PATH = "/api/v1/certification-requests";

    private final CertificationRequestService requests;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    CertificationRequestResource(CertificationRequestService requests, SecurityIdentity identity,
            HttpHeaders headers) {
        this.requests = requests;
        this.identity = identity;
        this.headers = headers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask to be certified on a track at a level, with evidence")
    @APIResponse(responseCode = "201", description = "Submitted",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a member of the guild (never was), or a partner firm",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The membership is not active today (the detail names its "
            + "status: SUSPENDED, EXPIRED or REVOKED), or an open request on the same track exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(RequestForm form) {
        CertificationRequest request = requests.submit(person(), form, language());
        return Response.created(URI.create(PATH + "/" + request.id)).entity(view(request)).build();
    }

    @GET
    @Path("me")
    @Operation(summary = "My certification requests, newest first, with their files")
    @APIResponse(responseCode = "200", description = "One page of the requests; empty for someone who has made none")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A partner firm")
    public PageOf<RequestView> mine(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageOf.slice(requests.mine(person()).stream().map(this::view).toList(), page, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One request with its evidence: for its requester, assessors and admins")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such request, or not one the caller may see")
    public RequestView request(@PathParam("id") long id) {
        return requests.find(id, person()).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("No such certification request"));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a request for more information; the request goes back to the assessors")
    @APIResponse(responseCode = "200", description = "Resubmitted",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or missing version, each named")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the requester (an assessor or admin reading it)")
    @APIResponse(responseCode = "404", description = "No such request, or not one the caller may see")
    @APIResponse(responseCode = "409", description = "Stale version, the request is not waiting for information, "
            + "or the membership is no longer active")
    public RequestView resubmit(@PathParam("id") long id, Resubmission body) {
        return view(requests.resubmit(id, body == null ? null : body.form(), body == null ? null : body.version(),
                person(), language()));
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw a request that is not decided yet")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the requester")
    @APIResponse(responseCode = "404", description = "No such request, or not one the caller may see")
    @APIResponse(responseCode = "409", description = "Stale version, or the request is already decided or withdrawn")
    public RequestView withdraw(@PathParam("id") long id, Withdrawal body) {
        return view(requests.withdraw(id, body == null ? null : body.version(), person()));
    }

    /**
     * Browsers send evidence as a form: multipart, like every form guarded by a CSRF token
     * (the {@code guild-csrf} cookie with the {@code csrf-token} field or the
     * {@code X-CSRF-TOKEN} header). API clients may send the bare file instead
     * ({@link #attachBody}); the API document shows both as one operation, described here.
     */
    @POST
    @Path("{id}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach an evidence file sent as a form (multipart, field file)",
            description = "PDF, PNG, JPEG or WebP, recognised by content; the claimed type and name are not trusted. "
                    + "Like every form, a multipart upload carries the CSRF token: the guild-csrf cookie and the "
                    + "same value in the csrf-token field or the X-CSRF-TOKEN header. API clients with a bearer "
                    + "token may send the bare file instead (see the other content types of this operation).")
    @APIResponse(responseCode = "201", description = "Attached",
            content = @Content(schema = @Schema(implementation = EvidenceFileView.class)))
    @APIResponse(responseCode = "400", description = "Missing, empty, too large or of a type not accepted, or too "
            + "many files (the error names the field files); or a missing CSRF token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the requester")
    @APIResponse(responseCode = "404", description = "No such request, or not one the caller may see")
    @APIResponse(responseCode = "409", description = "The request is no longer open")
    @APIResponse(responseCode = "413", description = "The upload is larger than any request may be")
    public Response attach(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        return attached(id, UploadedFiles.name(file), UploadedFiles.content(file));
    }

    /**
     * API clients send the file itself as the body, its name in {@code fileName}, with the same
     * checks as the form upload (the Content-Type sent is not trusted either).
     */
    @POST
    @Path("{id}/files")
    @Consumes({ "application/pdf", "image/png", "image/jpeg", "image/webp", MediaType.APPLICATION_OCTET_STREAM })
    @APIResponse(responseCode = "201", description = "Attached",
            content = @Content(schema = @Schema(implementation = EvidenceFileView.class)))
    public Response attachBody(@PathParam("id") long id, @QueryParam("fileName") String fileName, byte[] content) {
        return attached(id, fileName, content);
    }

    private Response attached(long id, String fileName, byte[] content) {
        EvidenceFileView view = EvidenceFileView.of(requests.attach(id, person(), fileName, content, language()));
        return Response.created(URI.create(view.href())).entity(view).build();
    }

    @GET
    @Path("{id}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an evidence file: for the requester, assessors and admins")
    @APIResponse(responseCode = "200", description = "The file, as an attachment, with the type found in its content")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such file, or not one the caller may see")
    public Response file(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        return requests.evidenceFile(id, fileId, person()).asAttachment();
    }

    private RequestView view(CertificationRequest request) {
        return RequestView.of(request, requests.files(request.id),
                requests.certificateOf(request).map(certificate -> certificate.id).orElse(null));
    }

    private CurrentPerson person() {
        CurrentPerson person = CurrentPerson.of(identity);
        if (person.has(Role.PARTNER)) {
            throw new ForbiddenException("Partner firms have no certification requests");
        }
        return person;
    }

    private Language language() {
        return Language.ofApiClient(headers.getAcceptableLanguages());
    }
}
