package ir.guild.registry.partner.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.common.PageOf;
import ir.guild.registry.common.Problem;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.partner.PartnerForm;
import ir.guild.registry.partner.PartnerSecretRotation;
import ir.guild.registry.partner.PartnerService;
import ir.guild.registry.partner.PartnerStatusChange;
import ir.guild.registry.web.Language;

/** The admins' register of partner firms: register one (with its Keycloak client), suspend, reactivate, rotate its secret. */
@Path("/api/v1/admin/partners")
@Tag(name = "Admin: partners")
@RolesAllowed(Role.Names.ADMIN)
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class AdminPartnerResource {

    static final String ID = "{id: [0-9]+}";

    private final PartnerService partners;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    AdminPartnerResource(PartnerService partners, SecurityIdentity identity, HttpHeaders headers) {
        this.partners = partners;
        this.identity = identity;
        this.headers = headers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a partner firm and create its Keycloak client",
            description = "The client is named partner-<nationalCompanyId>, has only a service account with the realm"
                    + " role partner, and gets a secret that is shown in this answer only: the guild does not keep it.")
    @APIResponse(responseCode = "201", description = "Registered; the answer holds the client secret, shown once",
            content = @Content(schema = @Schema(implementation = PartnerCredentialsView.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "A firm with this national company ID is already registered")
    @APIResponse(responseCode = "503", description = "Keycloak cannot be reached; nothing was registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(PartnerForm form) {
        PartnerService.WithSecret registered = partners.register(form, CurrentPerson.of(identity), language());
        return Response.created(URI.create("/api/v1/admin/partners/" + registered.firm().id))
                .entity(PartnerCredentialsView.of(registered)).cacheControl(noStore()).build();
    }

    @GET
    @Operation(summary = "The registered partner firms, newest first")
    @APIResponse(responseCode = "200", description = "A page of partner firms")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public PageOf<PartnerView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        int pageNumber = PageOf.boundedPage(page);
        int pageSize = PageOf.boundedSize(size);
        return new PageOf<>(partners.list(pageNumber, pageSize).stream().map(PartnerView::of).toList(), pageNumber,
                pageSize, partners.count());
    }

    @GET
    @Path(ID)
    @Operation(summary = "One partner firm")
    @APIResponse(responseCode = "200", description = "The firm",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such firm")
    public PartnerView partner(@PathParam("id") long id) {
        return PartnerView.of(partners.find(id).orElseThrow(() -> ProblemException.notFound("No such partner firm")));
    }

    @POST
    @Path(ID + "/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend (SUSPENDED) or reactivate (ACTIVE) a partner firm",
            description = "A suspended firm's calls are refused with 403 at once; its Keycloak client is disabled"
                    + " shortly after (and enabled again on reactivation), even if Keycloak is down right now.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "400", description = "Unknown status or missing version, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such firm")
    @APIResponse(responseCode = "409", description = "Stale version, or the firm already has this status")
    public PartnerView changeStatus(@PathParam("id") long id, PartnerStatusChange change) {
        return PartnerView.of(partners.changeStatus(id, change, CurrentPerson.of(identity), language()));
    }

    @POST
    @Path(ID + "/secret")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the firm's client a new secret",
            description = "The old secret stops working at once. The new one is shown in this answer only."
                    + " The body, with the version seen, is optional.")
    @APIResponse(responseCode = "200", description = "Rotated; the answer holds the new secret, shown once",
            content = @Content(schema = @Schema(implementation = PartnerCredentialsView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such firm")
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "503", description = "Keycloak cannot be reached; the old secret still works",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rotateSecret(@PathParam("id") long id, PartnerSecretRotation rotation) {
        PartnerService.WithSecret rotated = partners.rotateSecret(id, rotation == null ? null : rotation.version(),
                CurrentPerson.of(identity));
        return Response.ok(PartnerCredentialsView.of(rotated)).cacheControl(noStore()).build();
    }

    /** The same rotation posted with no body and no content type, as {@code curl -X POST} sends it. */
    @POST
    @Path(ID + "/secret")
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response rotateSecretWithoutBody(@PathParam("id") long id) {
        return rotateSecret(id, null);
    }

    /** A secret must not stay in any cache. */
    static CacheControl noStore() {
        CacheControl control = new CacheControl();
        control.setNoStore(true);
        control.setNoCache(true);
        control.setPrivate(true);
        return control;
    }

    private Language language() {
        return Language.ofApiClient(headers.getAcceptableLanguages());
    }
}
