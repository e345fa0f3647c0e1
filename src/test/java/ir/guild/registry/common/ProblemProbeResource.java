package ir.guild.registry.common;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Endpoints that exist only in the tests, to make each kind of error happen on purpose
 * and check the problem+json the platform answers with.
 */
@Path("/api/v1/test-probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProblemProbeResource {

    public record Sample(@NotBlank String name, @Size(max = 5) String code, @Min(0) @Max(80) Integer years,
            List<@NotBlank String> tags) {
    }

    @POST
    @Path("validated")
    @Consumes(MediaType.APPLICATION_JSON)
    public Sample validated(@Valid Sample sample) {
        return sample;
    }

    @GET
    @Path("page")
    public int page(@QueryParam("size") @Max(100) int size) {
        return size;
    }

    @GET
    @Path("conflict")
    public String conflict() {
        throw ProblemException.conflict("The application was already decided");
    }

    @GET
    @Path("missing")
    public String missing() {
        throw ProblemException.notFound("No such application");
    }

    @GET
    @Path("crash")
    public String crash() {
        throw new IllegalStateException("secret internal detail in ir.guild.registry.SomeClass");
    }

    @GET
    @Path("admin-only")
    @RolesAllowed("admin")
    public String adminOnly() {
        return "ok";
    }
}
