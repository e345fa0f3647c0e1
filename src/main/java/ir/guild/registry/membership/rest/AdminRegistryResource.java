package ir.guild.registry.membership.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.Invalid;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.ImportReport;
import ir.guild.registry.membership.MemberFilter;
import ir.guild.registry.membership.RegistryCsv;
import ir.guild.registry.membership.RegistryExport;
import ir.guild.registry.membership.RegistryImport;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.Language;

/** The whole registry in and out as CSV, for admins: export with the list's filters, import of an existing registry. */
@Path("/api/v1/admin/members")
@Tag(name = "Admin: members")
@RolesAllowed(Role.Names.ADMIN)
@SecurityRequirement(name = "SecurityScheme")
public class AdminRegistryResource {

    static final String CSV_UTF8 = RegistryCsv.MEDIA_TYPE + "; charset=UTF-8";

    private final RegistryExport export;
    private final RegistryImport registryImport;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    AdminRegistryResource(RegistryExport export, RegistryImport registryImport, SecurityIdentity identity,
            HttpHeaders headers) {
        this.export = export;
        this.registryImport = registryImport;
        this.identity = identity;
        this.headers = headers;
    }

    @GET
    @Path("export")
    @Produces(RegistryCsv.MEDIA_TYPE)
    @Operation(summary = "The registry as CSV, filtered like the member list",
            description = "UTF-8 with a byte order mark, one header row, then one row per member in the order they "
                    + "joined: membershipNumber, fullName, fullNameLatin, nationalId, email, mobile, province, "
                    + "city, grade, status (EXPIRED included), memberSince, validUntil (ISO dates), directoryListed, "
                    + "specialties (codes separated by ';'). Cells that a spreadsheet would run as a formula "
                    + "(starting with =, +, -, @) are prefixed with an apostrophe. The file is streamed, however "
                    + "large the registry; each export is recorded in the audit log.")
    @APIResponse(responseCode = "200", description = "The CSV file, as an attachment",
            content = @Content(mediaType = RegistryCsv.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Unknown status, grade or province")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Response export(
            @Parameter(description = "ACTIVE, EXPIRED, SUSPENDED or REVOKED") @QueryParam("status") String status,
            @Parameter(description = "Grade code") @QueryParam("grade") String grade,
            @Parameter(description = "Province code") @QueryParam("province") String province,
            @Parameter(description = "Part of a name, national ID, membership number or email")
            @QueryParam("q") String search) {
        MemberFilter filter = MemberFilter.of(status, grade, province, search, language());
        LocalDate today = LocalDate.now(GuildClock.ZONE);
        export.recordExport(CurrentPerson.of(identity), filter);
        StreamingOutput body = out -> export.write(filter, today, out);
        return Response.ok(body, CSV_UTF8)
                .header("Content-Disposition", "attachment; filename=\"members-" + today + ".csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("import")
    @Consumes(RegistryCsv.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import an existing registry from CSV, or check the file first with a dry run",
            description = "Header row required, columns in any order: nationalId, fullName, fullNameLatin, email, "
                    + "mobile, province, city, grade, memberSince, validUntil, specialties (codes separated by ';') "
                    + "and optionally directoryListed (true/false) and accountSubject (the Keycloak account id). "
                    + "Dates are Gregorian (2023-08-03) or Jalali (1402/05/12). A member without accountSubject is "
                    + "held under the placeholder subject 'import:<nationalId>' until linked to an account. "
                    + "Rows are checked like applications; a national ID that already has a membership is left "
                    + "unchanged, so importing a file twice changes nothing. A dry run (the default) writes nothing "
                    + "and answers 200 with every error listed as {row, field, message}, the header being row 1. "
                    + "A real run imports every new member or none: with any error it answers 400 problem+json "
                    + "whose errors name the rows, such as 'rows[7].nationalId'. Each new member gets a fresh "
                    + "membership number and a member.import audit entry. The body is limited to the platform's "
                    + "request size.")
    @RequestBody(content = @Content(mediaType = RegistryCsv.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "Imported, or the dry run's report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "A real run met errors (nothing imported), or the file is "
            + "not UTF-8 CSV, or dryRun is neither true nor false")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "Someone created one of the members meanwhile; nothing imported")
    @APIResponse(responseCode = "413", description = "The file is larger than the request size limit")
    public ImportReport importRegistry(
            @Parameter(description = "true (default) only reports; false imports")
            @QueryParam("dryRun") String dryRun, byte[] csv) {
        Language language = language();
        if (dryRun(dryRun, language)) {
            return registryImport.preview(csv, language);
        }
        ImportReport report = registryImport.importMembers(csv, CurrentPerson.of(identity), language);
        if (report.hasErrors()) {
            throw ProblemException.invalid(report.fieldErrors());
        }
        return report;
    }

    private static boolean dryRun(String raw, Language language) {
        if (raw == null || raw.isBlank() || raw.equalsIgnoreCase("true")) {
            return true;
        }
        if (raw.equalsIgnoreCase("false")) {
            return false;
        }
        FieldChecks checks = new FieldChecks(language);
        checks.reject("dryRun", Invalid.UNKNOWN_CODE);
        checks.throwIfInvalid();
        return true;
    }

    private Language language() {
        return Language.ofApiClient(headers.getAcceptableLanguages());
    }
}
