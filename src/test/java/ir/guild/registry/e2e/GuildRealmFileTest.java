package ir.guild.registry.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The production realm file is imported as it is in every environment, so demo data must never slip into it. */
class GuildRealmFileTest {

    private static final Path REALM_DIR = Path.of("deploy", "keycloak");
    private static final String PLACEHOLDER_WITH_DEFAULT = "\\$\\{[A-Z][A-Z0-9_]*:[^}]+}";

    private static JsonNode realm;
    private static JsonNode demo;

    @BeforeAll
    static void read() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        realm = mapper.readTree(REALM_DIR.resolve("guild-realm.json").toFile());
        demo = mapper.readTree(REALM_DIR.resolve("demo-realm.json").toFile());
    }

    @Test
    void productionRealmHoldsOnlyServiceAccountUsers() {
        assertThat(realm.path("users")).isNotEmpty();
        for (JsonNode user : realm.path("users")) {
            String clientId = user.path("serviceAccountClientId").asText();
            assertThat(clientId).as("service account client of %s", user.path("username")).isNotBlank();
            assertThat(user.path("username").asText()).isEqualTo("service-account-" + clientId);
            assertThat(user.has("credentials")).as("credentials of %s", user.path("username")).isFalse();
        }
    }

    @Test
    void productionRealmHasNoDemoClients() {
        List<String> demoClients = demo.path("clients").findValuesAsText("clientId");
        assertThat(demoClients).isNotEmpty();
        assertThat(realm.path("clients").findValuesAsText("clientId")).doesNotContainAnyElementsOf(demoClients);
    }

    @Test
    void confidentialClientSecretsComeFromTheEnvironment() {
        List<String> secrets = realm.path("clients").findValuesAsText("secret");
        assertThat(secrets).hasSize(2).allMatch(secret -> secret.matches(PLACEHOLDER_WITH_DEFAULT));
    }

    @Test
    void adminServiceAccountHoldsOnlyUserAndClientManagementRoles() {
        JsonNode serviceAccount = serviceAccountOf("guild-admin");

        assertThat(serviceAccount.has("realmRoles")).isFalse();
        assertThat(fieldNames(serviceAccount.path("clientRoles"))).containsExactly("realm-management");
        List<String> roles = new ArrayList<>();
        serviceAccount.path("clientRoles").path("realm-management").forEach(role -> roles.add(role.asText()));
        assertThat(roles).containsExactlyInAnyOrder("manage-users", "view-users", "query-users", "query-groups",
                "manage-clients", "view-clients", "query-clients", "view-realm");
    }

    @Test
    void demoFileOnlyAddsUsersAndClients() {
        assertThat(fieldNames(demo)).containsExactlyInAnyOrder("users", "clients");
    }

    private static JsonNode serviceAccountOf(String clientId) {
        for (JsonNode user : realm.path("users")) {
            if (clientId.equals(user.path("serviceAccountClientId").asText())) {
                return user;
            }
        }
        throw new AssertionError("No service account user for " + clientId);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
