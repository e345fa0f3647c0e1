package ir.guild.registry.partner.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.common.Problem;
import ir.guild.registry.identity.Role;
import ir.guild.registry.partner.PartnerCallers;
import ir.guild.registry.partner.PartnerRateLimitKey;
import ir.guild.registry.partner.PartnerVerifications;
import ir.guild.registry.partner.VerificationBatch;
import ir.guild.registry.partner.VerificationRequest;
import ir.guild.registry.ratelimit.RateLimited;
import ir.guild.registry.ratelimit.RateLimiter;
import ir.guild.registry.ratelimit.TooManyRequests;
import ir.guild.registry.web.Language;

/**
 * Partner firms verify members who gave them a share code. Calls are limited per firm
 * ({@code guild.rate-limits.partner-verification}); a batch of n items counts as n
 * verifications, one when it arrives and the rest once its items are read, so batching saves
 * round trips but never raises a firm's rate of guesses.
 */
@Path("/api/v1/partner/verifications")
@Tag(name = "Partner verification")
@RolesAllowed(Role.Names.PARTNER)
@RateLimited(value = RateLimited.PARTNER_VERIFICATION, key = PartnerRateLimitKey.class)
@SecurityRequirement(name = "SecurityScheme")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PartnerVerificationResource {

    private final PartnerVerifications verifications;
    private final PartnerCallers callers;
    private final RateLimiter limiter;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    PartnerVerificationResource(PartnerVerifications verifications, PartnerCallers callers, RateLimiter limiter,
            SecurityIdentity identity, HttpHeaders headers) {
        this.verifications = verifications;
        this.callers = callers;
        this.limiter = limiter;
        this.identity = identity;
        this.headers = headers;
    }

    @POST
    @Operation(summary = "Verify a member with the share code they gave you",
            description = "An unknown number, a wrong, expired or revoked code, and another member's code all "
                    + "answer 200 `{\"verified\": false}`. Certificates are listed only when the code shares them.")
    @APIResponse(responseCode = "200", description = "The answer",
            content = @Content(schema = @Schema(implementation = VerificationResult.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or too long, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a partner firm, or a suspended one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "The firm's limit is reached; `Retry-After` says for how many "
            + "seconds", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public VerificationResult verify(VerificationRequest request) {
        long firmId = callers.activeFirmId(identity);
        return VerificationResult.of(verifications.verify(firmId, request, language()));
    }

    @POST
    @Path("batch")
    @Operation(summary = "Verify up to 100 members at once, one answer each, in order",
            description = "Each item is answered as `POST /partner/verifications` answers it. A batch of n items "
                    + "counts as n verifications against the firm's limit.")
    @APIResponse(responseCode = "200", description = "The answers, in the order of the items",
            content = @Content(schema = @Schema(implementation = VerificationResults.class)))
    @APIResponse(responseCode = "400", description = "No items, or an item's field missing or too long, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a partner firm, or a suspended one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More than 100 items",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "The firm's limit cannot take this many; `Retry-After` says "
            + "for how many seconds", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public VerificationResults verifyBatch(VerificationBatch batch) {
        long firmId = callers.activeFirmId(identity);
        Language language = language();
        List<VerificationRequest> items = PartnerVerifications.checkedItems(batch, language);
        if (items.size() > 1) {
            // The filter counted the call itself; the other items count now.
            RateLimiter.Verdict verdict = limiter.hit(RateLimited.PARTNER_VERIFICATION,
                    PartnerCallers.clientIdOf(identity).orElseThrow(), items.size() - 1);
            if (!verdict.allowed()) {
                throw new TooManyRequests(verdict.retryAfterSeconds());
            }
        }
        return new VerificationResults(verifications.verifyAll(firmId, batch, language).stream()
                .map(VerificationResult::of).toList());
    }

    private Language language() {
        return Language.ofApiClient(headers.getAcceptableLanguages());
    }
}
