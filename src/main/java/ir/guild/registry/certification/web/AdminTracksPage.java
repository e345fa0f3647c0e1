package ir.guild.registry.certification.web;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.certification.Track;
import ir.guild.registry.certification.TrackForm;
import ir.guild.registry.certification.TrackService;
import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.FieldError;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.web.FormErrors;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.Ui;

/**
 * The admins' pages for the catalog: every track (inactive ones too), the new-track form and
 * each track's edit form. Changes go back to the track's page (POST-redirect-GET); refused
 * fields are shown beside the fields, a stale version with what is stored now.
 */
@Path("/admin/tracks")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AdminTracksPage {

    /** Track codes; the literal {@code new} is the new-track form. */
    static final String CODE = "{code: [A-Za-z][A-Za-z0-9_]*}";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<TrackRow> tracks);

        static native TemplateInstance form(TrackEditor editor);
    }

    private final TrackService tracks;
    private final SecurityIdentity identity;
    private final Ui ui;

    AdminTracksPage(TrackService tracks, SecurityIdentity identity, Ui ui) {
        this.tracks = tracks;
        this.identity = identity;
        this.ui = ui;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance list() {
        return Templates.list(tracks.catalog().stream().map(track -> TrackRow.of(track, ui.language())).toList());
    }

    @GET
    @Path("new")
    @Operation(hidden = true)
    public TemplateInstance newTrack() {
        return Templates.form(TrackEditor.blank(ui.language()));
    }

    @GET
    @Path(CODE)
    @Operation(hidden = true)
    public TemplateInstance track(@PathParam("code") String code, @QueryParam("done") String done) {
        TrackEditor editor = TrackEditor.of(stored(code), ui.language());
        return Templates.form("created".equals(done) || "saved".equals(done) ? editor.withNotice(done) : editor);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@BeanParam TrackFields fields) {
        FieldChecks pageChecks = new FieldChecks(ui.language());
        Integer validity = pageChecks.number("validityMonths", fields.validityMonths, TrackService.VALIDITY_MIN,
                TrackService.VALIDITY_MAX, true);
        try {
            Track track = tracks.create(fields.toForm(validity, null), admin(), ui.language());
            return done(track, "created");
        } catch (ProblemException e) {
            if (e.type() != ProblemType.VALIDATION) {
                throw e;
            }
            return refused(400, TrackEditor.typed(false, null, fields, ui.language())
                    .withErrors(errors(pageChecks.errors(), e.errors())));
        }
    }

    @POST
    @Path(CODE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("code") String code, @BeanParam TrackFields fields) {
        Track current = stored(code);
        FieldChecks pageChecks = new FieldChecks(ui.language());
        Integer validity = pageChecks.number("validityMonths", fields.validityMonths, TrackService.VALIDITY_MIN,
                TrackService.VALIDITY_MAX, true);
        TrackForm form = fields.toForm(validity, version(fields.version));
        try {
            Track track = tracks.update(current.code, form, admin(), ui.language());
            return done(track, "saved");
        } catch (TrackService.LevelInUse e) {
            String levels = e.levels().stream().map(level -> LocalDigits.of(level, ui.language()))
                    .collect(Collectors.joining(ui.language() == Language.EN ? ", " : "، "));
            return refused(409, TrackEditor.typed(true, current.code, fields, ui.language()).withLevelsInUse(levels));
        } catch (ProblemException e) {
            if (e.type() == ProblemType.VALIDATION) {
                return refused(400, TrackEditor.typed(true, current.code, fields, ui.language())
                        .withErrors(errors(pageChecks.errors(), e.errors())));
            }
            if (e.type() == ProblemType.CONFLICT) {
                return refused(409, TrackEditor.of(stored(current.code), ui.language()).withConflict());
            }
            throw e;
        }
    }

    private Track stored(String code) {
        return tracks.find(code).orElseThrow(() -> ProblemException.notFound("No such track"));
    }

    private static Response done(Track track, String what) {
        return Response.seeOther(URI.create("/admin/tracks/" + track.code + "?done=" + what)).build();
    }

    private static Response refused(int status, TrackEditor editor) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.form(editor)).build();
    }

    /** The page's own reading of numbers comes first: "abc" is out of range, not missing. */
    private static FormErrors errors(List<FieldError> page, List<FieldError> service) {
        FormErrors errors = FormErrors.none();
        for (FieldError error : service) {
            errors = errors.with(error.field(), error.message());
        }
        for (FieldError error : page) {
            errors = errors.with(error.field(), error.message());
        }
        return errors;
    }

    /** Pages always send the version they showed; a missing or mangled one can only be stale. */
    private static Integer version(String raw) {
        try {
            return Integer.valueOf(PersianText.normalizeNumeric(raw));
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    private CurrentPerson admin() {
        return CurrentPerson.of(identity);
    }
}
