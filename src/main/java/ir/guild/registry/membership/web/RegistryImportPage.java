package ir.guild.registry.membership.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.text.NumberFormat;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.ImportReport;
import ir.guild.registry.membership.RegistryCsv;
import ir.guild.registry.membership.RegistryImport;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.Ui;

/**
 * The admins' page for importing an existing registry: upload a CSV file, check it with a
 * dry run, then import it. A successful import redirects to the page with its counts.
 */
@Path("/admin/members/import")
@RolesAllowed(Role.Names.ADMIN)
public class RegistryImportPage {

    static final String PATH = "/admin/members/import";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(boolean dryRun, boolean fileMissing, String fileError, Result result,
                Imported imported, List<String> required, List<String> optional);
    }

    /** The counts of an import just done, shown after the redirect. */
    public record Imported(String created, String unchanged) {
    }

    /** What the page shows of a report, its counts written in the page's digits. */
    public record Result(boolean dryRun, String rows, String toCreate, String unchanged,
            List<ImportReport.RowError> errors) {
    }

    private final RegistryImport registryImport;
    private final SecurityIdentity identity;
    private final Ui ui;

    RegistryImportPage(RegistryImport registryImport, SecurityIdentity identity, Ui ui) {
        this.registryImport = registryImport;
        this.identity = identity;
        this.ui = ui;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance form(@RestQuery Integer created, @RestQuery Integer unchanged) {
        Imported imported = created == null ? null
                : new Imported(number(created), number(unchanged == null ? 0 : unchanged));
        return page(true, false, null, null, imported);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response upload(@RestForm("file") FileUpload file, @RestForm("dryRun") String dryRun) {
        boolean dry = dryRun != null;
        Language language = ui.language();
        if (file == null || file.size() == 0) {
            return Response.status(400).entity(page(dry, true, null, null, null)).build();
        }
        ImportReport report;
        try {
            byte[] csv = Files.readAllBytes(file.uploadedFile());
            report = dry ? registryImport.preview(csv, language)
                    : registryImport.importMembers(csv, CurrentPerson.of(identity), language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ProblemException e) {
            if (e.type() != ProblemType.VALIDATION || e.errors().isEmpty()) {
                throw e;
            }
            return Response.status(400).entity(page(dry, false, e.errors().get(0).message(), null, null)).build();
        }
        if (!dry && !report.hasErrors()) {
            URI done = UriBuilder.fromPath(PATH).queryParam("created", report.created())
                    .queryParam("unchanged", report.unchanged()).build();
            return Response.seeOther(done).build();
        }
        Result result = new Result(report.dryRun(), number(report.rows()), number(report.created()),
                number(report.unchanged()), report.errors());
        return Response.status(report.dryRun() ? 200 : 400).entity(page(dry, false, null, result, null)).build();
    }

    private static TemplateInstance page(boolean dryRun, boolean fileMissing, String fileError, Result result,
            Imported imported) {
        return Templates.page(dryRun, fileMissing, fileError, result, imported, RegistryCsv.IMPORT_REQUIRED,
                RegistryCsv.IMPORT_OPTIONAL);
    }

    private String number(int value) {
        return NumberFormat.getIntegerInstance(ui.language().locale()).format(value);
    }
}
