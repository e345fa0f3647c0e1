package ir.guild.registry.certification.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ir.guild.registry.certification.PublicChecks;
import ir.guild.registry.common.Problem;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.ratelimit.RateLimited;
import ir.guild.registry.web.Language;

/** The public check of a certificate by its code; no sign-in needed, rate limited per client address. */
@Path("/api/v1/public/certificates")
@Tag(name = "Public verification")
@Produces(MediaType.APPLICATION_JSON)
@RateLimited(RateLimited.PUBLIC_VERIFICATION)
public class PublicCertificateResource {

    private final PublicChecks checks;
    private final HttpHeaders headers;

    PublicCertificateResource(PublicChecks checks, HttpHeaders headers) {
        this.checks = checks;
        this.headers = headers;
    }

    @GET
    @Path("{code}")
    @Operation(summary = "Check a certificate by its public code",
            description = "Holder, track, level, dates and today's status. The code is read as people type it: "
                    + "case, spaces and dashes do not matter, and O, I and L are read as 0, 1 and 1. The track "
                    + "title follows Accept-Language (fa or en; English when neither is asked for). Dates are "
                    + "Gregorian (ISO-8601).")
    @APIResponse(responseCode = "200", description = "The certificate",
            headers = @Header(name = "Content-Language", description = "The language of trackTitle"),
            content = @Content(schema = @Schema(implementation = PublicCertificateView.class)))
    @APIResponse(responseCode = "404", description = "No certificate has this code, or it cannot be a code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many checks from this address; wait Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds until checks are allowed again"),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response certificate(
            @Parameter(description = "The public code, e.g. K7Q2-9XRT-M4PA") @PathParam("code") String code) {
        Language language = Language.ofApiClient(headers.getAcceptableLanguages());
        PublicCertificateView view = checks.certificate(code)
                .map(checked -> PublicCertificateView.of(checked, language))
                .orElseThrow(() -> ProblemException.notFound("No certificate has this code"));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(view).language(language.locale()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header("X-Robots-Tag", "noindex").cacheControl(noStore).build();
    }
}
