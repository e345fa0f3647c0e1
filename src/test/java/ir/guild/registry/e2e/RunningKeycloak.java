package ir.guild.registry.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.guild.registry.devstack.KeycloakServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The real Keycloak with the guild realm and the demo accounts, started once per test JVM and stopped by
 * {@link KeycloakServer}'s shutdown hook when the JVM exits. Also obtains tokens for end-to-end tests.
 */
public final class RunningKeycloak {

    /** The full name of {@code demo-member} as the demo realm gives it. */
    public static final String DEMO_MEMBER_NAME = "سارا رضایی";

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    private static final String STARTED_IN_THIS_JVM = "guild.e2e.keycloak-started";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static KeycloakServer server;
    /** Kept so that every later test fails at once with the cause instead of waiting for another start. */
    private static RuntimeException startFailure;

    private RunningKeycloak() {
    }

    public static synchronized KeycloakServer get() {
        if (startFailure != null) {
            throw startFailure;
        }
        if (server == null) {
            try {
                KeycloakServer keycloak = configured();
                // Quarkus tests load this class again in their own class loader: the JVM-wide marker
                // lets the second copy use the server the first one started instead of starting another.
                if (!Boolean.getBoolean(STARTED_IN_THIS_JVM)) {
                    keycloak.start(READY_TIMEOUT);
                    System.setProperty(STARTED_IN_THIS_JVM, "true");
                }
                server = keycloak;
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return server;
    }

    /** The guild realm with the demo accounts, on the distribution the build unpacked. */
    private static KeycloakServer configured() {
        Path realmDir = Path.of("deploy", "keycloak").toAbsolutePath();
        return KeycloakServer.fromLocalDirectory(Path.of(requiredProperty("guild.local.dir")),
                requiredProperty("guild.keycloak.version"), realmDir.resolve("guild-realm.json"),
                Optional.of(realmDir.resolve("demo-realm.json")));
    }

    /**
     * Stops Keycloak, runs {@code whileDown}, and starts it again: for tests of what the
     * platform does during an identity-provider outage. Whichever class loader started the
     * running server, its processes are found by the distribution folder they run from.
     */
    public static synchronized void outage(Runnable whileDown) {
        KeycloakServer current = get();
        String distribution = Path.of(requiredProperty("guild.local.dir"))
                .resolve("keycloak-" + requiredProperty("guild.keycloak.version")).toAbsolutePath().toString();
        List<ProcessHandle> running = ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().map(line -> line.contains(distribution)).orElse(false))
                .toList();
        running.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : running) {
            try {
                process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
        current.close();
        try {
            whileDown.run();
        } finally {
            server = configured().start(READY_TIMEOUT);
        }
    }

    /** An access token for a user, by the password grant (demo clients {@code guild-cli} and {@code guild-cli-short}). */
    public static String passwordGrantToken(String clientId, String username, String password) {
        return accessToken(requestToken(Map.of("grant_type", "password", "client_id", clientId,
                "username", username, "password", password, "scope", "openid")));
    }

    /** An access token for a confidential client's service account. */
    public static String clientCredentialsToken(String clientId, String secret) {
        return accessToken(requestToken(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret)));
    }

    /** The raw answer of the token endpoint, for tests of refused requests. */
    public static HttpResponse<String> requestToken(Map<String, String> form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(get().realmUrl() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
                .build();
        return send(request);
    }

    /** The claims of a JWT, unverified: for asserting on tokens Keycloak just issued. */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a JWT: " + jwt);
        }
        return readJson(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    /** When a token Keycloak issued stops being valid. */
    public static Instant expiryOf(String jwt) {
        return Instant.ofEpochSecond(claims(jwt).path("exp").asLong());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode readJson(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + json, e);
        }
    }

    private static String accessToken(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the token request: HTTP " + response.statusCode() + " "
                    + response.body());
        }
        return readJson(response.body()).required("access_token").asText();
    }

    private static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set; run the tests through Maven (./mvnw verify)");
        }
        return value;
    }
}
