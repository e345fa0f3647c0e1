package ir.guild.registry.reports.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.common.CsvStream;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.reports.Reports;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.Language;

/**
 * CSV reports for admins, streamed however many rows they have. The members' export stays with
 * the registry ({@code GET /api/v1/admin/members/export}).
 */
@Path("/api/v1/admin/reports")
@Tag(name = "Admin: reports")
@RolesAllowed(Role.Names.ADMIN)
@SecurityRequirement(name = "SecurityScheme")
@Produces(CsvStream.MEDIA_TYPE)
public class AdminReportResource {

    private static final String FORMAT = "UTF-8 with a byte order mark, RFC 4180, one header row; dates are ISO "
            + "Gregorian in Tehran time. Date filters take Gregorian (2026-11-28) or Jalali (1405/09/07) days, "
            + "both ends included. Each download is recorded in the audit log.";

    private final Reports reports;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    AdminReportResource(Reports reports, SecurityIdentity identity, HttpHeaders headers) {
        this.reports = reports;
        this.identity = identity;
        this.headers = headers;
    }

    @GET
    @Path("applications.csv")
    @Operation(summary = "Membership applications as CSV",
            description = "Columns: id, fullName, fullNameLatin, province, city, educationLevel, yearsOfExperience, "
                    + "employmentStatus, status, submittedOn, decidedOn. " + FORMAT)
    @APIResponse(responseCode = "200", description = "The CSV file, as an attachment",
            content = @Content(mediaType = CsvStream.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Unknown status, or from/to not a date or in the wrong order")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Response applications(
            @Parameter(description = "SUBMITTED, NEEDS_INFO, APPROVED, REJECTED or WITHDRAWN")
            @QueryParam("status") String status,
            @Parameter(description = "Submitted on or after this day") @QueryParam("from") String from,
            @Parameter(description = "Submitted on or before this day") @QueryParam("to") String to) {
        return download("applications",
                reports.applications(status, from, to, CurrentPerson.of(identity), language()));
    }

    @GET
    @Path("certificates.csv")
    @Operation(summary = "Issued certificates as CSV, with today's status",
            description = "Columns: code, membershipNumber, holderName, holderNameLatin, track, level, issuedOn, "
                    + "expiresOn, status (VALID, EXPIRED, SUSPENDED or REVOKED), revokedOn. " + FORMAT)
    @APIResponse(responseCode = "200", description = "The CSV file, as an attachment",
            content = @Content(mediaType = CsvStream.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Unknown track or status")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Response certificates(
            @Parameter(description = "Track code") @QueryParam("track") String track,
            @Parameter(description = "VALID, EXPIRED, SUSPENDED or REVOKED") @QueryParam("status") String status) {
        return download("certificates",
                reports.certificates(track, status, CurrentPerson.of(identity), language()));
    }

    @GET
    @Path("legal-aid.csv")
    @Operation(summary = "Legal-aid case statistics as CSV (never case contents)",
            description = "One row per case filed in the range. Columns: caseNumber, category, urgency, status, "
                    + "filedOn, firstResponseDue, responded (yes/no), respondedOnTime (yes/no, empty until "
                    + "responded), counselAssigned (yes/no). No subject, description, counterparty, names, "
                    + "messages or notes. " + FORMAT)
    @APIResponse(responseCode = "200", description = "The CSV file, as an attachment",
            content = @Content(mediaType = CsvStream.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "from/to not a date or in the wrong order")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Response legalAid(
            @Parameter(description = "Filed on or after this day") @QueryParam("from") String from,
            @Parameter(description = "Filed on or before this day") @QueryParam("to") String to) {
        return download("legal-aid", reports.legalAid(from, to, CurrentPerson.of(identity), language()));
    }

    private static Response download(String name, StreamingOutput body) {
        return Response.ok(body, CsvStream.MEDIA_TYPE_UTF8)
                .header("Content-Disposition",
                        "attachment; filename=\"" + name + "-" + LocalDate.now(GuildClock.ZONE) + ".csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private Language language() {
        return Language.ofApiClient(headers.getAcceptableLanguages());
    }
}
