package ir.guild.registry.ratelimit;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

import ir.guild.registry.common.Problem;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.web.ErrorPages;
import ir.guild.registry.web.Ui;

/**
 * The answer beyond a limit: 429 with {@code Retry-After} in seconds to the end of the window,
 * as problem+json for API clients and as a page in the reader's language for browsers.
 */
public class RateLimitAnswers {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tooMany(String retryAfterShown);
    }

    private final CurrentVertxRequest request;
    private final Ui ui;

    RateLimitAnswers(CurrentVertxRequest request, Ui ui) {
        this.request = request;
        this.ui = ui;
    }

    @ServerExceptionMapper
    public Response tooManyRequests(TooManyRequests e, UriInfo uri) {
        long seconds = e.retryAfterSeconds();
        Response.ResponseBuilder answer = Response.status(ProblemType.TOO_MANY_REQUESTS.status())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (ErrorPages.wantsPage(request.getCurrent())) {
            return answer.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.tooMany(LocalDigits.of(seconds, ui.language()))).build();
        }
        return answer.type(Problem.MEDIA_TYPE)
                .entity(Problem.of(ProblemType.TOO_MANY_REQUESTS, e.getMessage(), uri.getRequestUri().getRawPath(),
                        null))
                .build();
    }
}
