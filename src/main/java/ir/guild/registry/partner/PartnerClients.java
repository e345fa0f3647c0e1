package ir.guild.registry.partner;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.identity.Role;

/**
 * The partner firms' confidential clients in the guild's Keycloak realm, through the admin
 * client: a client that only has a service account (client credentials), whose service account
 * holds the realm role {@code partner} and whose tokens name this app in their audience. The
 * secret is Keycloak's; this class hands it out and never keeps it.
 *
 * <p>Keycloak being unreachable (or the admin client switched off) is answered with 503, so the
 * caller's transaction rolls back and nothing is written.
 */
@ApplicationScoped
public class PartnerClients {

    private static final Logger LOG = Logger.getLogger(PartnerClients.class);
    static final String AUDIENCE_MAPPER = "guild audience";

    private final Instance<Keycloak> keycloak;
    private final String realm;
    private final List<String> audiences;

    PartnerClients(Instance<Keycloak> keycloak,
            @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm,
            @ConfigProperty(name = "quarkus.oidc.token.audience") Optional<List<String>> audiences) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.audiences = audiences.orElse(List.of());
    }

    /** A client and the secret it was just given: the only moment the secret is known to the app. */
    public record Credentials(String clientId, String secret) {

        @Override
        public String toString() {
            return "Credentials[clientId=" + clientId + ", secret=***]";
        }
    }

    /**
     * Creates the firm's client, or takes over one of that id left from a registration whose
     * database write failed, and gives it a fresh secret.
     */
    public Credentials create(String clientId, String firmName) {
        return call(() -> {
            RealmResource guild = realm();
            ClientRepresentation wanted = representation(clientId, firmName);
            String internalId = internalId(guild, clientId).orElse(null);
            if (internalId == null) {
                try (Response created = guild.clients().create(wanted)) {
                    internalId = CreatedResponseUtil.getCreatedId(created);
                }
            } else {
                LOG.warnf("Keycloak client %s already exists; taking it over for the new registration", clientId);
                wanted.setId(internalId);
                guild.clients().get(internalId).update(wanted);
            }
            ClientResource client = guild.clients().get(internalId);
            grantPartnerRole(guild, client);
            addAudiences(client);
            return new Credentials(clientId, client.generateNewSecret().getValue());
        });
    }

    /** Lets the client get tokens again ({@code true}) or stops it ({@code false}); idempotent. */
    public void enable(String clientId, boolean enabled) {
        call(() -> {
            RealmResource guild = realm();
            String internalId = internalId(guild, clientId)
                    .orElseThrow(() -> ProblemException.notFound("Keycloak has no client " + clientId));
            ClientResource client = guild.clients().get(internalId);
            ClientRepresentation representation = client.toRepresentation();
            if (!Boolean.valueOf(enabled).equals(representation.isEnabled())) {
                representation.setEnabled(enabled);
                client.update(representation);
            }
            return null;
        });
    }

    /** Replaces the client's secret: the old one stops working at once. */
    public Credentials regenerateSecret(String clientId) {
        return call(() -> {
            RealmResource guild = realm();
            String internalId = internalId(guild, clientId)
                    .orElseThrow(() -> ProblemException.conflict("Keycloak has no client " + clientId));
            return new Credentials(clientId, guild.clients().get(internalId).generateNewSecret().getValue());
        });
    }

    private ClientRepresentation representation(String clientId, String firmName) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setName(firmName);
        client.setDescription("Partner firm registered through the Guild Registry");
        client.setEnabled(true);
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setServiceAccountsEnabled(true);
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setFrontchannelLogout(false);
        return client;
    }

    private static void grantPartnerRole(RealmResource guild, ClientResource client) {
        String serviceAccount = client.getServiceAccountUser().getId();
        RoleRepresentation partner = guild.roles().get(Role.PARTNER.realmRole()).toRepresentation();
        guild.users().get(serviceAccount).roles().realmLevel().add(List.of(partner));
    }

    /**
     * The realm's default scope already adds the app's audience to every client's tokens; the
     * client carries its own mapper too, so its tokens stay accepted if that scope is changed.
     */
    private void addAudiences(ClientResource client) {
        List<String> present = client.getProtocolMappers().getMappers().stream()
                .map(ProtocolMapperRepresentation::getName).toList();
        for (String audience : audiences) {
            String name = AUDIENCE_MAPPER + " " + audience;
            if (present.contains(name)) {
                continue;
            }
            ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
            mapper.setName(name);
            mapper.setProtocol("openid-connect");
            mapper.setProtocolMapper("oidc-audience-mapper");
            mapper.setConfig(Map.of("included.client.audience", audience, "access.token.claim", "true",
                    "introspection.token.claim", "true", "id.token.claim", "false"));
            try (Response created = client.getProtocolMappers().createMapper(mapper)) {
                if (created.getStatus() >= 300 && created.getStatus() != 409) {
                    throw new WebApplicationException(created.getStatus());
                }
            }
        }
    }

    private static Optional<String> internalId(RealmResource guild, String clientId) {
        return guild.clients().findByClientId(clientId).stream().findFirst().map(ClientRepresentation::getId);
    }

    private RealmResource realm() {
        if (!keycloak.isResolvable()) {
            throw unavailable(null);
        }
        try {
            return keycloak.get().realm(realm);
        } catch (RuntimeException e) {
            // The admin client switched off or misconfigured: as unreachable as a server that is down.
            throw unavailable(e);
        }
    }

    private interface KeycloakCall<T> {
        T run();
    }

    /** Runs a call, turning Keycloak being unreachable or refusing the guild's admin account into 503. */
    private static <T> T call(KeycloakCall<T> call) {
        try {
            return call.run();
        } catch (ProcessingException e) {
            throw unavailable(e);
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status >= 500 || status == 401 || status == 403) {
                throw unavailable(e);
            }
            throw e;
        }
    }

    static ProblemException unavailable(Exception cause) {
        if (cause != null) {
            LOG.warnf("Keycloak did not answer the partner client change: %s", cause.toString());
        }
        return new ProblemException(ProblemType.UNAVAILABLE,
                "The identity provider cannot be reached; nothing was changed. Try again later.");
    }
}
