package ir.guild.registry.legalaid.rest;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

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

import ir.guild.registry.common.PageOf;
import ir.guild.registry.common.Problem;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.UploadedFiles;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.legalaid.CaseEntry;
import ir.guild.registry.legalaid.CaseForm;
import ir.guild.registry.legalaid.EntryKind;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.LegalAidService;
import ir.guild.registry.web.Language;

/**
 * A member's legal-aid cases, their messages and documents. A case is read by its member,
 * admins and its counsel (or any counsel while it is unassigned in the queue); anyone else is
 * told it does not exist, for the case, its messages and its documents alike. The counsel's
 * own moves are {@link CounselCaseResource}.
 */
@Path(LegalAidCaseResource.PATH)
@Tag(name = "Legal aid")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class LegalAidCaseResource {

    static final String PATH = "/api/v1/legal-aid/cases";

    private final LegalAidService cases;
    private final CaseViews views;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    LegalAidCaseResource(LegalAidService cases, CaseViews views, SecurityIdentity identity, HttpHeaders headers) {
        this.cases = cases;
        this.views = views;
        this.identity = identity;
        this.headers = headers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File a legal-aid case")
    @APIResponse(responseCode = "201", description = "Filed, with its case number",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a member of the guild (never was), or a partner firm",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The membership is not active today (the detail names its "
            + "status: SUSPENDED, EXPIRED or REVOKED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response file(CaseForm form) {
        CurrentPerson person = person();
        LegalAidCase legalCase = cases.file(person, form, language());
        return Response.created(URI.create(PATH + "/" + legalCase.id)).entity(views.of(legalCase, person)).build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "My legal-aid cases, newest first")
    @APIResponse(responseCode = "200", description = "One page of the cases; empty for someone who filed none")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A partner firm")
    public PageOf<CaseSummary> mine(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageOf.slice(cases.mine(person()).stream().map(CaseSummary::of).toList(), page, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One case with its timeline: for its member, its counsel and admins",
            description = "Internal notes are part of the timeline only for counsel and admins; the member who "
                    + "filed the case never receives them. Every read is written to the audit log.")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CaseView read(@PathParam("id") long id) {
        CurrentPerson person = person();
        return views.of(readable(id, person), person);
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a case that is still open")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "The version is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the member who filed it (counsel or an admin reading it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version, or the case is no longer open",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CaseView withdraw(@PathParam("id") long id, CaseWithdrawal body) {
        CurrentPerson person = person();
        return views.of(cases.withdraw(id, body == null ? null : body.version(), person), person);
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a message on an open case, shared with everyone who reads it",
            description = "From the member to the desk, or from counsel or an admin to the member, who is then "
                    + "emailed. The desk's first message is its first response and stops the SLA.")
    @APIResponse(responseCode = "201", description = "Written",
            content = @Content(schema = @Schema(implementation = EntryView.class)))
    @APIResponse(responseCode = "400", description = "The body is missing or too long (the error names body)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A partner firm",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The case is no longer open",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response message(@PathParam("id") long id, EntryText text) {
        CaseEntry entry = cases.message(id, person(), text == null ? null : text.body(), language());
        return Response.status(Status.CREATED).entity(EntryView.of(entry)).build();
    }

    @GET
    @Path("{id}/messages")
    @Operation(summary = "The messages of a case, oldest first: those shared between the member and the desk",
            description = "Never internal notes, whoever asks; the whole timeline is part of the case itself.")
    @APIResponse(responseCode = "200", description = "One page of the messages")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A partner firm")
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageOf<EntryView> messages(@PathParam("id") long id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        CurrentPerson person = person();
        LegalAidCase legalCase = readable(id, person);
        return PageOf.slice(cases.timeline(legalCase, person).stream().filter(entry -> entry.kind == EntryKind.MESSAGE)
                .map(EntryView::of).toList(), page, size);
    }

    /**
     * Browsers send a document as a form: multipart, like every form guarded by a CSRF token (the
     * {@code guild-csrf} cookie with the {@code csrf-token} field or the {@code X-CSRF-TOKEN}
     * header). API clients may send the bare file instead ({@link #attachBody}); the API document
     * shows both as one operation, described here.
     */
    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add a document to an open case, sent as a form (multipart, field file)",
            description = "PDF, PNG, JPEG or WebP, recognised by content; the claimed type and name are not trusted. "
                    + "Like every form, a multipart upload carries the CSRF token: the guild-csrf cookie and the "
                    + "same value in the csrf-token field or the X-CSRF-TOKEN header. API clients with a bearer "
                    + "token may send the bare file as the body instead, its name in fileName, with any content type.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "Missing, empty, too large or of a type not accepted, or too "
            + "many documents (the error names the field file); or a missing CSRF token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A partner firm")
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The case is no longer open",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The upload is larger than any request may be")
    public Response attach(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        return attached(id, UploadedFiles.name(file), UploadedFiles.content(file));
    }

    /** API clients send the file itself as the body, of any declared type: only its content is judged. */
    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public Response attachBody(@PathParam("id") long id, @QueryParam("fileName") String fileName, byte[] content) {
        return attached(id, fileName, content);
    }

    private Response attached(long id, String fileName, byte[] content) {
        DocumentView view = DocumentView.of(cases.attach(id, person(), fileName, content, language()));
        return Response.created(URI.create(view.url())).entity(view).build();
    }

    @GET
    @Path("{id}/documents")
    @Operation(summary = "The documents of a case, oldest first, without their content")
    @APIResponse(responseCode = "200", description = "One page of the documents, each with the url to download it")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A partner firm")
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageOf<DocumentView> documents(@PathParam("id") long id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return PageOf.slice(views.documents(readable(id, person())), page, size);
    }

    @GET
    @Path("{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a document: for the case's member, its counsel and admins",
            description = "Every download is written to the audit log.")
    @APIResponse(responseCode = "200", description = "The document, as an attachment, with the type found in its "
            + "content")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A partner firm")
    @APIResponse(responseCode = "404", description = "No such document on this case, or a case the caller may not read")
    public Response document(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        return cases.document(id, documentId, person()).asAttachment();
    }

    /** The case, its reading audited, if the caller may read it; 404 otherwise. */
    private LegalAidCase readable(long id, CurrentPerson person) {
        return cases.find(id, person).orElseThrow(() -> ProblemException.notFound("No such legal-aid case"));
    }

    private CurrentPerson person() {
        CurrentPerson person = CurrentPerson.of(identity);
        if (person.has(Role.PARTNER)) {
            throw new ForbiddenException("Partner firms have no legal-aid cases");
        }
        return person;
    }

    private Language language() {
        return Language.ofApiClient(headers.getAcceptableLanguages());
    }
}
