package ir.guild.registry.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import ir.guild.registry.devstack.KeycloakServer;

/**
 * People created in the guild realm through Keycloak's admin REST API, as the app's own service
 * account ({@code guild-admin}) may: for tests that run outside a Quarkus application.
 */
final class KeycloakUsers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KeycloakUsers() {
    }

    /** Creates an enabled person who can sign in with {@code email} and {@code password}; returns their subject. */
    static String create(String email, String password) {
        String token = RunningKeycloak.clientCredentialsToken("guild-admin", "guild-admin-secret");
        // Keycloak refuses the login of a user without email, first and last name.
        Map<String, Object> user = Map.of("username", email, "email", email, "emailVerified", true,
                "firstName", "مینا", "lastName", "صادقی", "enabled", true,
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(RunningKeycloak.get().baseUrl()
                    + "/admin/realms/" + KeycloakServer.REALM + "/users"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(user)))
                    .build();
            HttpResponse<String> response = RunningKeycloak.send(request);
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() != 201 || location == null) {
                throw new IllegalStateException("Keycloak did not create " + email + ": HTTP " + response.statusCode()
                        + " " + response.body());
            }
            return location.substring(location.lastIndexOf('/') + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
