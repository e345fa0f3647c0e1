package ir.guild.registry.certification.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import ir.guild.registry.certification.TrackService;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.web.Ui;

/** The public catalog of certification tracks: what each level asks, and where to request it. */
@Path("/tracks")
@Produces(MediaType.TEXT_HTML)
public class TrackCatalogPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalog(List<TrackCard> tracks);

        static native TemplateInstance track(TrackCard track);
    }

    private final TrackService tracks;
    private final Ui ui;

    TrackCatalogPage(TrackService tracks, Ui ui) {
        this.tracks = tracks;
        this.ui = ui;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance catalog() {
        return Templates.catalog(tracks.open().stream().map(track -> TrackCard.of(track, ui.language())).toList());
    }

    @GET
    @Path("{code}")
    @Operation(hidden = true)
    public TemplateInstance track(@PathParam("code") String code) {
        return Templates.track(tracks.findOpen(code).map(track -> TrackCard.of(track, ui.language()))
                .orElseThrow(() -> ProblemException.notFound("No such track")));
    }
}
