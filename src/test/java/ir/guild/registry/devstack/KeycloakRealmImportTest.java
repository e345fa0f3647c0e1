package ir.guild.registry.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The launcher's checks and its preparation of the realm import, without starting Keycloak. */
class KeycloakRealmImportTest {

    @TempDir
    Path localDir;

    private Path distribution;
    private Path realmFile;
    private Path demoFile;
    private Path storedData;

    @BeforeEach
    void setUp() throws IOException {
        distribution = Files.createDirectories(localDir.resolve("keycloak-1.0"));
        storedData = distribution.resolve("data/h2");
        realmFile = localDir.resolve("realm.json");
        demoFile = localDir.resolve("demo.json");
        Files.writeString(realmFile, "{\"realm\":\"guild\",\"users\":[{\"username\":\"service-account-x\"}]}");
        Files.writeString(demoFile, "{\"users\":[{\"username\":\"demo\"}],\"clients\":[{\"clientId\":\"cli\"}]}");
    }

    @Test
    void appendsTheDemoArraysToTheRealm() throws IOException {
        server(Optional.of(demoFile)).prepareRealmImport();

        JsonNode imported = new ObjectMapper().readTree(distribution.resolve("data/import/guild-realm.json").toFile());
        assertThat(imported.path("realm").asText()).isEqualTo("guild");
        assertThat(imported.path("users").findValuesAsText("username")).containsExactly("service-account-x", "demo");
        assertThat(imported.path("clients").findValuesAsText("clientId")).containsExactly("cli");
    }

    @Test
    void refusesADemoFileThatChangesRealmSettings() throws IOException {
        Files.writeString(demoFile, "{\"realm\":\"other\"}");

        assertThatThrownBy(() -> server(Optional.of(demoFile)).prepareRealmImport())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"realm\"");
    }

    @Test
    void keepsStoredDataWhileTheRealmIsUnchangedAndDeletesItWhenTheRealmChanges() throws IOException {
        KeycloakServer server = server(Optional.of(demoFile));
        server.prepareRealmImport();
        Path database = storeData();

        server.prepareRealmImport();
        assertThat(database).exists();

        Files.writeString(realmFile, "{\"realm\":\"guild\",\"registrationAllowed\":true}");
        server.prepareRealmImport();
        assertThat(storedData).doesNotExist();
    }

    @Test
    void deletesStoredDataWhenTheDemoFileIsLeftOut() throws IOException {
        server(Optional.of(demoFile)).prepareRealmImport();
        storeData();

        server(Optional.empty()).prepareRealmImport();

        assertThat(storedData).doesNotExist();
    }

    @Test
    void deletesStoredDataOfUnknownOrigin() throws IOException {
        storeData();

        server(Optional.empty()).prepareRealmImport();

        assertThat(storedData).doesNotExist();
    }

    @Test
    void tellsToRunTheBuildWhenTheDistributionIsMissing() {
        KeycloakServer server = KeycloakServer.fromLocalDirectory(localDir, "0.0-missing", realmFile, Optional.empty());

        assertThatThrownBy(() -> server.start(Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not unpacked")
                .hasMessageContaining("./mvnw");
    }

    @Test
    void refusesToReuseWhateverListensOnTheKeycloakPort() throws IOException {
        Path kcSh = Files.createDirectories(distribution.resolve("bin")).resolve("kc.sh");
        Files.writeString(kcSh, "#!/bin/sh\nexit 1\n");

        try (ServerSocket occupant = occupy(KeycloakServer.PORT)) {
            assertThatThrownBy(() -> server(Optional.empty()).start(Duration.ofSeconds(5)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Port " + KeycloakServer.PORT)
                    .hasMessageContaining("already in use");
        }
        assertThat(kcSh).isExecutable();
    }

    /** Null when the port is already taken, for example by the Keycloak of the end-to-end tests: just as good here. */
    private static ServerSocket occupy(int port) throws IOException {
        try {
            return new ServerSocket(port, 1, InetAddress.getByName(KeycloakServer.HOST));
        } catch (BindException taken) {
            return null;
        }
    }

    private KeycloakServer server(Optional<Path> demo) {
        return KeycloakServer.fromLocalDirectory(localDir, "1.0", realmFile, demo);
    }

    private Path storeData() throws IOException {
        Path database = Files.createDirectories(storedData.resolve("keycloakdb")).resolve("keycloakdb.mv.db");
        Files.writeString(database, "stored realm");
        return database;
    }
}
