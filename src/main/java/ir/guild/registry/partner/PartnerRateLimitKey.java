package ir.guild.registry.partner;

import java.util.Optional;

import jakarta.inject.Singleton;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

import ir.guild.registry.identity.Role;
import ir.guild.registry.ratelimit.RateLimitKey;

/**
 * Counts a partner firm's calls per firm (its Keycloak client), wherever they come from and
 * whichever instance answers. Callers without the partner role are refused by the endpoint
 * and not counted.
 */
@Singleton
@Unremovable
public class PartnerRateLimitKey implements RateLimitKey {

    private final SecurityIdentity identity;

    PartnerRateLimitKey(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Override
    public Optional<String> of(RoutingContext request) {
        if (identity.isAnonymous() || !identity.hasRole(Role.Names.PARTNER)) {
            return Optional.empty();
        }
        return PartnerCallers.clientIdOf(identity);
    }
}
