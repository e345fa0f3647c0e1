package ir.guild.registry.web;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Security headers on every response, static files and management endpoints included.
 * Pages run no inline script; only Swagger UI, a third-party page that boots itself
 * with an inline script, gets that one allowance.
 */
@Singleton
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self' %s; frame-ancestors 'none'";
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; frame-ancestors 'none'";

    private final String pagePolicy;

    SecurityHeaders(IdentityProviderOrigin identityProvider) {
        // Sign-in and sign-out forms post to, and redirect through, the identity provider.
        this.pagePolicy = CONTENT_SECURITY_POLICY.formatted(identityProvider.origin());
    }

    void register(@Observes Filters filters) {
        filters.register(this::addHeaders, 1000);
    }

    private void addHeaders(RoutingContext rc) {
        boolean swaggerUi = rc.normalizedPath().startsWith("/q/swagger-ui");
        rc.addHeadersEndHandler(ignored -> {
            MultiMap headers = rc.response().headers();
            headers.set("Content-Security-Policy", swaggerUi ? SWAGGER_UI_POLICY : pagePolicy);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            headers.set("Cross-Origin-Opener-Policy", "same-origin");
        });
        rc.next();
    }
}
