package ir.guild.registry.audit.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.audit.AuditFilter;
import ir.guild.registry.audit.AuditTrail;
import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.PageOf;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.Language;

/** The audit log for admins: who did what and when, filtered, as JSON or CSV, and the check of its chain. */
@Path("/api/v1/admin")
@Tag(name = "Admin: oversight")
@RolesAllowed(Role.Names.ADMIN)
@SecurityRequirement(name = "SecurityScheme")
public class AdminAuditResource {

    static final String CSV_UTF8 = "text/csv; charset=UTF-8";

    private final AuditTrail trail;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    AdminAuditResource(AuditTrail trail, SecurityIdentity identity, HttpHeaders headers) {
        this.trail = trail;
        this.identity = identity;
        this.headers = headers;
    }

    @GET
    @Path("audit")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Audit entries, newest first, filtered and paged",
            description = "Dates are ISO days in Iran's time zone, both ends included.")
    @APIResponse(responseCode = "200", description = "One page of entries")
    @APIResponse(responseCode = "400", description = "A filter is invalid; its parameter is named in errors")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public PageOf<AuditEntryView> list(
            @Parameter(description = "The account that acted, exactly") @QueryParam("actor") String actor,
            @Parameter(description = "An entity type (Member) or one entity (Member:1405-000123)")
            @QueryParam("entity") String entity,
            @Parameter(description = "An action (member.suspend) or its prefix (member)")
            @QueryParam("action") String action,
            @Parameter(description = "First day, ISO (2026-11-01)") @QueryParam("from") String from,
            @Parameter(description = "Last day, ISO, included") @QueryParam("to") String to,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        AuditFilter filter = filter(actor, entity, action, from, to);
        PageOf<AuditEntry> entries = trail.page(filter, PageOf.boundedPage(page), PageOf.boundedSize(size));
        return new PageOf<>(entries.items().stream().map(AuditEntryView::of).toList(), entries.page(),
                entries.size(), entries.total());
    }

    @GET
    @Path("audit.csv")
    @Produces("text/csv")
    @Operation(summary = "Audit entries as CSV, filtered like the list",
            description = "UTF-8 with a byte order mark, one header row (" + "id, occurredAt, actor, actorRole, "
                    + "action, entityType, entityId, summary), newest first. Streamed however long the log; "
                    + "each export is itself recorded in the audit log.")
    @APIResponse(responseCode = "200", description = "The CSV file, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "A filter is invalid; its parameter is named in errors")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Response csv(@QueryParam("actor") String actor, @QueryParam("entity") String entity,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditFilter filter = filter(actor, entity, action, from, to);
        trail.recordExport(CurrentPerson.of(identity), filter);
        StreamingOutput body = out -> trail.writeCsv(filter, out);
        return Response.ok(body, CSV_UTF8)
                .header("Content-Disposition",
                        "attachment; filename=\"audit-" + LocalDate.now(GuildClock.ZONE) + ".csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("audit/verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Walk the audit chain",
            description = "Answers {intact: true, entries} or {intact: false, firstBrokenId, reason}: the first "
                    + "entry whose content does not match its hash or that does not link to the one before it.")
    @APIResponse(responseCode = "200", description = "The outcome of the check",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChainReport.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public ChainReport verify() {
        return ChainReport.of(trail.verify());
    }

    private AuditFilter filter(String actor, String entity, String action, String from, String to) {
        FieldChecks checks = new FieldChecks(Language.ofApiClient(headers.getAcceptableLanguages()));
        AuditFilter filter = AuditFilter.read(checks, actor, entity, action, from, to, AuditFilter.ISO_DATES);
        checks.throwIfInvalid();
        return filter;
    }
}
