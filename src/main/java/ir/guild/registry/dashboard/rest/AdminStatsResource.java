package ir.guild.registry.dashboard.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ir.guild.registry.dashboard.Dashboard;
import ir.guild.registry.dashboard.GuildStats;
import ir.guild.registry.identity.Role;

/** The figures of the admins' dashboard as JSON. */
@Path("/api/v1/admin/stats")
@Tag(name = "Admin: oversight")
@RolesAllowed(Role.Names.ADMIN)
@SecurityRequirement(name = "SecurityScheme")
public class AdminStatsResource {

    private final Dashboard dashboard;

    AdminStatsResource(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The state of the guild today, in figures",
            description = "Applications waiting, memberships by status, members in good standing by province"
                    + " and grade, certificates issued this Jalali month and in force by track, legal-aid cases"
                    + " open, overdue, by category and by SLA outcome, partner verifications since Saturday, and"
                    + " applications and approvals for each of the last 52 weeks (weeks start on Saturday;"
                    + " days are Tehran days).")
    @APIResponse(responseCode = "200", description = "The figures")
    public GuildStats stats() {
        return dashboard.stats();
    }
}
