package ir.guild.registry.ratelimit;

import java.util.Optional;

import io.vertx.ext.web.RoutingContext;

/**
 * Whom a {@link RateLimited} endpoint counts a request against: an implementation is a CDI
 * bean named by {@link RateLimited#key()}.
 */
public interface RateLimitKey {

    /**
     * The client this request counts for, or empty to leave it uncounted (a caller the
     * endpoint refuses anyway, such as one without the role the limit is about).
     */
    Optional<String> of(RoutingContext request);
}
