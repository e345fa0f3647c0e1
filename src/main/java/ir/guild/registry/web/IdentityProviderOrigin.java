package ir.guild.registry.web;

import java.net.URI;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The scheme, host and port of Keycloak, derived from the OIDC server URL. */
@Singleton
public class IdentityProviderOrigin {

    private final String origin;

    IdentityProviderOrigin(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl) {
        URI uri = URI.create(authServerUrl);
        this.origin = uri.getScheme() + "://" + uri.getAuthority();
    }

    public String origin() {
        return origin;
    }
}
