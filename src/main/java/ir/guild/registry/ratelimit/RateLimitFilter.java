package ir.guild.registry.ratelimit;

import java.lang.reflect.Method;

import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * Counts requests to {@link RateLimited} endpoints per client address. The address is the one
 * Vert.x reports, which follows {@code Forwarded}/{@code X-Forwarded-For} only when the operator
 * turns on {@code quarkus.http.proxy.proxy-address-forwarding} behind a trusted proxy; a client
 * cannot escape its count by sending such headers itself.
 */
public class RateLimitFilter {

    private final RateLimiter limiter;
    private final CurrentVertxRequest request;

    RateLimitFilter(RateLimiter limiter, CurrentVertxRequest request) {
        this.limiter = limiter;
        this.request = request;
    }

    @ServerRequestFilter
    @RateLimited(RateLimited.ANY)
    public void count(ResourceInfo resource) {
        RateLimited limited = limitOf(resource);
        if (limited == null) {
            return;
        }
        RateLimiter.Verdict verdict = limiter.hit(limited.value(), clientAddress(request.getCurrent()));
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

    static String clientAddress(RoutingContext rc) {
        SocketAddress address = rc == null ? null : rc.request().remoteAddress();
        if (address == null) {
            return "unknown";
        }
        return address.hostAddress() != null ? address.hostAddress() : address.toString();
    }
}
