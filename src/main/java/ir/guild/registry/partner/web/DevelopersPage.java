package ir.guild.registry.partner.web;

import java.time.Duration;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import ir.guild.registry.outbox.OutboxConfig;
import ir.guild.registry.partner.PartnerVerifications;
import ir.guild.registry.ratelimit.RateLimitConfig;
import ir.guild.registry.ratelimit.RateLimited;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.web.Ui;

/**
 * The guide for partner firms' developers: how to get a token, verify members, read errors
 * and check webhook signatures. Public, like {@code /verify}. The token URL, the API's address,
 * the rate limit and the retry schedule are read from this installation's configuration, so
 * the guide never disagrees with the server it is served by.
 */
@Path("/developers")
public class DevelopersPage {

    static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
    static final String TOKEN_PATH = "/protocol/openid-connect/token";

    /** A length of time in the page's digits and its largest whole unit. */
    public record Span(String amount, Unit unit) {

        /** Named in the page's words; the JDK's own units are not known to the templates. */
        public enum Unit {
            SECONDS, MINUTES, HOURS
        }

        static Span of(Duration duration, Language language) {
            long seconds = duration.toSeconds();
            if (seconds >= 3600 && seconds % 3600 == 0) {
                return new Span(LocalDigits.of(seconds / 3600, language), Unit.HOURS);
            }
            if (seconds >= 60 && seconds % 60 == 0) {
                return new Span(LocalDigits.of(seconds / 60, language), Unit.MINUTES);
            }
            return new Span(LocalDigits.of(seconds, language), Unit.SECONDS);
        }
    }

    /** What the guide says about this installation, in the page's digits. */
    public record Guide(String tokenUrl, String apiUrl, String rateRequests, Span rateWindow, String batchMax,
            String batchMaxPlusOne, String retryAttempts, Span firstRetry, Span longestRetry,
            DeveloperExamples examples) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance guide(Guide guide);
    }

    private final Ui ui;
    private final RateLimitConfig rateLimits;
    private final OutboxConfig outbox;
    private final String authServerUrl;
    private final String publicUrl;

    DevelopersPage(Ui ui, RateLimitConfig rateLimits, OutboxConfig outbox,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl,
            @ConfigProperty(name = "guild.public-url") String publicUrl) {
        this.ui = ui;
        this.rateLimits = rateLimits;
        this.outbox = outbox;
        this.authServerUrl = authServerUrl;
        this.publicUrl = publicUrl;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response guide() {
        Language language = ui.language();
        RateLimitConfig.Limit limit = rateLimits.limits().get(RateLimited.PARTNER_VERIFICATION);
        String tokenUrl = withoutTrailingSlash(authServerUrl) + TOKEN_PATH;
        String apiUrl = withoutTrailingSlash(publicUrl);
        Guide guide = new Guide(tokenUrl, apiUrl, LocalDigits.grouped(limit.requests(), language),
                Span.of(limit.window(), language), LocalDigits.of(PartnerVerifications.BATCH_MAX, language),
                LocalDigits.of(PartnerVerifications.BATCH_MAX + 1, language),
                LocalDigits.of(outbox.maxAttempts(), language), Span.of(outbox.initialBackoff(), language),
                Span.of(outbox.maxBackoff(), language), DeveloperExamples.of(tokenUrl, apiUrl));
        return Response.ok(Templates.guide(guide)).type(HTML).build();
    }

    static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
