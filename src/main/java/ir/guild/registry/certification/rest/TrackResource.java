package ir.guild.registry.certification.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ir.guild.registry.certification.TrackService;
import ir.guild.registry.common.PageOf;
import ir.guild.registry.common.Problem;
import ir.guild.registry.common.ProblemException;

/** The public catalog of certification tracks members may request. */
@Path("/api/v1/tracks")
@Tag(name = "Certification tracks")
@Produces(MediaType.APPLICATION_JSON)
public class TrackResource {

    private final TrackService tracks;

    TrackResource(TrackService tracks) {
        this.tracks = tracks;
    }

    @GET
    @Operation(summary = "The active certification tracks in code order, with their levels and requirements")
    @APIResponse(responseCode = "200", description = "A page of tracks")
    public PageOf<TrackView> catalog(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return page(tracks.open().stream().map(TrackView::of).toList(), page, size);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One active track by its code (any case)")
    @APIResponse(responseCode = "200", description = "The track",
            content = @Content(schema = @Schema(implementation = TrackView.class)))
    @APIResponse(responseCode = "404", description = "No active track has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TrackView track(@PathParam("code") String code) {
        return tracks.findOpen(code).map(TrackView::of).orElseThrow(() -> ProblemException.notFound("No such track"));
    }

    /** The catalog is small, so it is read whole and cut into the page asked for. */
    static <T> PageOf<T> page(List<T> all, Integer page, Integer size) {
        int pageNumber = PageOf.boundedPage(page);
        int pageSize = PageOf.boundedSize(size);
        long from = Math.min((long) pageNumber * pageSize, all.size());
        long to = Math.min(from + pageSize, all.size());
        return new PageOf<>(all.subList((int) from, (int) to), pageNumber, pageSize, all.size());
    }
}
