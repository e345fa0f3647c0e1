package ir.guild.registry.common;

import java.util.Locale;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

import ir.guild.registry.web.ErrorPages;

/**
 * A URL-encoded form carries no files, so it is never near a megabyte; one declared larger
 * than {@code guild.http.max-form-body-size} is refused with 413 (the error page for a browser,
 * problem+json otherwise) before it is read. Without this, the general limit, which leaves room
 * for uploads, let a form body of 10 MB be read and decoded in full. Multipart forms (uploads)
 * keep {@code quarkus.http.limits.max-body-size}.
 */
public class FormBodyLimit {

    private static final String URL_ENCODED = "application/x-www-form-urlencoded";

    private final long maxFormBodyBytes;
    private final CurrentVertxRequest request;

    FormBodyLimit(@ConfigProperty(name = "guild.http.max-form-body-size", defaultValue = "1M") MemorySize maxFormBodySize,
            CurrentVertxRequest request) {
        this.maxFormBodyBytes = maxFormBodySize.asLongValue();
        this.request = request;
    }

    /** The most a URL-encoded form may carry, declared or sent in chunks ({@link StreamedBodyLimit}). */
    long maxFormBodyBytes() {
        return maxFormBodyBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversizedForm(ContainerRequestContext context) {
        String type = context.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (!isUrlEncoded(type) || declaredLength(context) <= maxFormBodyBytes) {
            return null;
        }
        // The body stays unread, so the connection cannot carry another request.
        Response.ResponseBuilder answer = ErrorPages.wantsPage(request.getCurrent())
                ? Response.fromResponse(ErrorPages.page(ProblemType.PAYLOAD_TOO_LARGE.status()))
                : Response.status(ProblemType.PAYLOAD_TOO_LARGE.status()).type(Problem.MEDIA_TYPE)
                        .entity(Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                                "A form body may not exceed " + maxFormBodyBytes + " bytes",
                                context.getUriInfo().getRequestUri().getRawPath(), null));
        return answer.header("Connection", "close").build();
    }

    static boolean isUrlEncoded(String contentType) {
        return contentType != null
                && contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT).equals(URL_ENCODED);
    }

    private static long declaredLength(ContainerRequestContext context) {
        String declared = context.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        try {
            return declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
