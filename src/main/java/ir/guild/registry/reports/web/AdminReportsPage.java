package ir.guild.registry.reports.web;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import ir.guild.registry.certification.CertificateStatus;
import ir.guild.registry.certification.TrackService;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.ApplicationStatus;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.Ui;

/**
 * The admins' reports page: one plain GET form per report, sent straight to its CSV endpoint, so
 * the browser downloads the file with no script. The members' export is linked from here too.
 */
@Path("/admin/reports")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AdminReportsPage {

    /** A track to choose in the certificates form, titled in the page's language. */
    public record TrackChoice(String code, String title) {
    }

    /** What the page offers to filter by. */
    public record Choices(List<ApplicationStatus> applicationStatuses, List<CertificateStatus> certificateStatuses,
            List<TrackChoice> tracks, String datePattern) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Choices choices);
    }

    private final TrackService tracks;
    private final Ui ui;

    AdminReportsPage(TrackService tracks, Ui ui) {
        this.tracks = tracks;
        this.ui = ui;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page() {
        Language language = ui.language();
        List<TrackChoice> trackChoices = tracks.catalog().stream()
                .map(track -> new TrackChoice(track.code, track.title(language))).toList();
        return Templates.page(new Choices(Arrays.asList(ApplicationStatus.values()),
                Arrays.asList(CertificateStatus.values()), trackChoices,
                language == Language.EN ? "2026-11-28" : "1405/09/07"));
    }
}
