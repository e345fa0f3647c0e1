package ir.guild.registry.identity.web;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.MembershipStandings;
import ir.guild.registry.membership.Standing;

/**
 * The signed-in person's dashboard: who they are, their membership and what to do about
 * it, or their application, or an invitation to apply.
 */
@Path("/")
@Authenticated
public class MePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance me(CurrentPerson person, List<Role> roles, Standing standing,
                boolean reviewsApplications);
    }

    private final SecurityIdentity identity;
    private final MembershipStandings standings;

    MePage(SecurityIdentity identity, MembershipStandings standings) {
        this.identity = identity;
        this.standings = standings;
    }

    @GET
    @Path("me")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance me() {
        CurrentPerson person = CurrentPerson.of(identity);
        return Templates.me(person, person.roles().stream().sorted().toList(), standings.of(person),
                person.has(Role.ADMIN));
    }

    /** The "sign in" link: the code flow has already run when this is reached. */
    @GET
    @Path("login")
    @Operation(hidden = true)
    public Response login() {
        return Response.seeOther(URI.create("/me")).build();
    }
}
