package ir.guild.registry.ratelimit;

import java.util.Optional;

import jakarta.inject.Singleton;

import io.quarkus.arc.Unremovable;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * Counts per client address. The address is the one Vert.x reports, which follows
 * {@code Forwarded}/{@code X-Forwarded-For} only when the operator turns on
 * {@code quarkus.http.proxy.proxy-address-forwarding} behind a trusted proxy; a client cannot
 * escape its count by sending such headers itself.
 */
@Singleton
@Unremovable
public class ClientAddress implements RateLimitKey {

    @Override
    public Optional<String> of(RoutingContext request) {
        SocketAddress address = request == null ? null : request.request().remoteAddress();
        if (address == null) {
            return Optional.of("unknown");
        }
        return Optional.of(address.hostAddress() != null ? address.hostAddress() : address.toString());
    }
}
