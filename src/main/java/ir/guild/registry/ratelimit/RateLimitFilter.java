package ir.guild.registry.ratelimit;

import java.lang.reflect.Method;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Counts requests to {@link RateLimited} endpoints per client, as the endpoint's
 * {@link RateLimited#key()} names it: by default the client address ({@link ClientAddress}).
 */
public class RateLimitFilter {

    private final RateLimiter limiter;
    private final CurrentVertxRequest request;
    private final Instance<RateLimitKey> keys;

    RateLimitFilter(RateLimiter limiter, CurrentVertxRequest request, Instance<RateLimitKey> keys) {
        this.limiter = limiter;
        this.request = request;
        this.keys = keys;
    }

    @ServerRequestFilter
    @RateLimited(RateLimited.ANY)
    public void count(ResourceInfo resource) {
        RateLimited limited = limitOf(resource);
        if (limited == null) {
            return;
        }
        Optional<String> client = keys.select(limited.key()).get().of(request.getCurrent());
        if (client.isEmpty()) {
            return;
        }
        RateLimiter.Verdict verdict = limiter.hit(limited.value(), client.get());
        if (!verdict.allowed()) {
            throw new TooManyRequests(verdict.retryAfterSeconds());
        }
    }

    private static RateLimited limitOf(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        RateLimited limited = method == null ? null : method.getAnnotation(RateLimited.class);
        if (limited == null && resource.getResourceClass() != null) {
            limited = resource.getResourceClass().getAnnotation(RateLimited.class);
        }
        return limited;
    }
}
