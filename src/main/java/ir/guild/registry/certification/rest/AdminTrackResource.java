package ir.guild.registry.certification.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
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

import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.certification.Track;
import ir.guild.registry.certification.TrackForm;
import ir.guild.registry.certification.TrackService;
import ir.guild.registry.common.PageOf;
import ir.guild.registry.common.Problem;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.web.Language;

/** The admins' side of the catalog: every track, inactive ones included, and the forms that make and change them. */
@Path("/api/v1/admin/tracks")
@Tag(name = "Admin: certification tracks")
@RolesAllowed(Role.Names.ADMIN)
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class AdminTrackResource {

    private final TrackService tracks;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    AdminTrackResource(TrackService tracks, SecurityIdentity identity, HttpHeaders headers) {
        this.tracks = tracks;
        this.identity = identity;
        this.headers = headers;
    }

    @GET
    @Operation(summary = "Every track in code order, inactive ones included, with its version")
    @APIResponse(responseCode = "200", description = "A page of tracks")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public PageOf<AdminTrackView> catalog(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return TrackResource.page(tracks.catalog().stream().map(AdminTrackView::of).toList(), page, size);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One track, active or not, with its version")
    @APIResponse(responseCode = "200", description = "The track",
            content = @Content(schema = @Schema(implementation = AdminTrackView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such track")
    public AdminTrackView track(@PathParam("code") String code) {
        return tracks.find(code).map(AdminTrackView::of)
                .orElseThrow(() -> ProblemException.notFound("No such track"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a track to the catalog",
            description = "Levels run 1, 2, ... (at most 5), each with its requirements in fa and en; validity is"
                    + " 1 to 120 months. The code is upper-cased; it must be new.")
    @APIResponse(responseCode = "201", description = "Created; Location names the track",
            content = @Content(schema = @Schema(implementation = AdminTrackView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or a code already used, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Response create(TrackForm form) {
        Track track = tracks.create(form, CurrentPerson.of(identity), language());
        return Response.created(URI.create("/api/v1/admin/tracks/" + track.code)).entity(AdminTrackView.of(track))
                .build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a track",
            description = "The whole track is sent with the version last read; the code cannot change. A level"
                    + " that certificates or requests name cannot be removed.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = AdminTrackView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named; nothing was changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such track")
    @APIResponse(responseCode = "409", description = "Stale version, or a removed level that is in use",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AdminTrackView update(@PathParam("code") String code, TrackForm form) {
        return AdminTrackView.of(tracks.update(code, form, CurrentPerson.of(identity), language()));
    }

    private Language language() {
        return Language.ofApiClient(headers.getAcceptableLanguages());
    }
}
