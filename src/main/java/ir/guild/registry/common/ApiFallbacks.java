package ir.guild.registry.common;

import java.util.Locale;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.json.Json;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem answers for what happens outside the REST resources: a body declared larger
 * than the limit (refused before it is read), an API path that no resource serves, and
 * failures that escape to the HTTP layer.
 */
@Singleton
public class ApiFallbacks {

    static final String API_PREFIX = "/api/";

    private final long maxBodyBytes;
    private final long maxJsonBodyBytes;

    ApiFallbacks(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "guild.http.max-json-body-size", defaultValue = "1M") MemorySize maxJsonBodySize) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.maxJsonBodyBytes = Math.min(maxJsonBodySize.asLongValue(), maxBodyBytes);
    }

    /** The most a JSON body may carry, declared or sent in chunks ({@link StreamedBodyLimit}). */
    long maxJsonBodyBytes() {
        return maxJsonBodyBytes;
    }

    void registerBodyLimit(@Observes Filters filters) {
        filters.register(this::refuseOversizedBody, 200);
    }

    /**
     * The last resort for failures outside the REST layer: a problem with an error id,
     * never Quarkus's own page with the exception's class. Security failures keep their
     * own handling (login redirects, bearer challenges).
     */
    void registerFailureHandler(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(rc -> {
            Throwable failure = rc.failure();
            if (failure instanceof AuthenticationException || failure instanceof SecurityException
                    || rc.response().headWritten()) {
                rc.next();
                return;
            }
            int status = rc.statusCode() >= 400 ? rc.statusCode() : 500;
            answer(rc, status >= 500 ? UnexpectedErrors.report(failure, status, rc.normalizedPath())
                    : Problem.forStatus(status, null, rc.normalizedPath()));
        });
    }

    void registerApiNotFound(@Observes Router router) {
        router.route(API_PREFIX + "*").order(Integer.MAX_VALUE - 1).handler(rc -> answer(rc,
                Problem.of(ProblemType.NOT_FOUND, "No such API endpoint", rc.normalizedPath(), null)));
    }

    /**
     * The general limit leaves room for file uploads; no JSON body of the API comes near a
     * megabyte, and a larger one would be parsed and validated in full before being refused.
     */
    private void refuseOversizedBody(RoutingContext rc) {
        String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = isJson(rc.request().getHeader(HttpHeaders.CONTENT_TYPE)) ? maxJsonBodyBytes : maxBodyBytes;
        if (declared != null && parseLength(declared) > limit) {
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            answer(rc, Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body may not exceed " + limit + " bytes", rc.normalizedPath(), null));
            return;
        }
        rc.next();
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.endsWith("+json");
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static void answer(RoutingContext rc, Problem problem) {
        rc.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
