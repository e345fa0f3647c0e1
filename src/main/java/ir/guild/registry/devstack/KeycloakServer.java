package ir.guild.registry.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the Keycloak server distribution (unpacked by the Maven build) as a child process with the
 * guild realm imported. The local run, the end-to-end tests and the benchmarks ({@link #main}) all
 * start Keycloak through this class.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = 8180;
    public static final String REALM = "guild";

    private static final Logger LOG = Logger.getLogger(KeycloakServer.class);
    /** Keycloak's management interface (health) binds here; a second Keycloak would fail on it too. */
    private static final int MANAGEMENT_PORT = 9000;
    private static final String BASE_URL = "http://" + HOST + ":" + PORT;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final int LOG_TAIL_LINES = 40;
    /** Keycloak's import placeholder syntax: {@code ${NAME}} or {@code ${NAME:default}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)");

    private final Path distribution;
    private final Path logFile;
    private final String version;
    private final Path realmFile;
    private final Optional<Path> demoFile;
    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread shutdownHook = new Thread(this::stopProcess, "keycloak-shutdown");

    /** Read without the lock by the shutdown hook, so Ctrl-C during a slow start still stops Keycloak. */
    private volatile Process process;

    private KeycloakServer(Path localDir, String version, Path realmFile, Optional<Path> demoFile) {
        this.distribution = localDir.resolve("keycloak-" + version).toAbsolutePath();
        this.logFile = localDir.resolve("keycloak.log").toAbsolutePath();
        this.version = version;
        this.realmFile = realmFile;
        this.demoFile = demoFile;
    }

    /**
     * @param localDir  the folder the Maven build unpacks Keycloak into ({@code .local})
     * @param realmFile the realm to import ({@code deploy/keycloak/guild-realm.json})
     * @param demoFile  users and clients appended to the realm for the local run and the tests
     */
    public static KeycloakServer fromLocalDirectory(Path localDir, String version, Path realmFile, Optional<Path> demoFile) {
        return new KeycloakServer(localDir, version, realmFile, demoFile);
    }

    /**
     * Runs Keycloak alone, with the guild realm and the demo accounts, until this JVM is stopped
     * (TERM or Ctrl-C): for the benchmarks, which time the app's start apart from Keycloak's.
     * Arguments: the folder the build unpacks Keycloak into (default {@code .local}) and the
     * folder of the realm files (default {@code deploy/keycloak}).
     */
    public static void main(String[] args) throws InterruptedException {
        Path localDir = Path.of(args.length > 0 ? args[0] : ".local").toAbsolutePath();
        Path realmDir = Path.of(args.length > 1 ? args[1] : "deploy/keycloak");
        KeycloakServer server = fromLocalDirectory(localDir, LocalPlatform.keycloakVersion(),
                realmDir.resolve("guild-realm.json"), Optional.of(realmDir.resolve("demo-realm.json")))
                .start(Duration.ofMinutes(3));
        System.out.println("Keycloak ready at " + server.realmUrl());
        // The shutdown hook registered by start() stops Keycloak when this JVM is told to stop.
        Thread.currentThread().join();
    }

    public String baseUrl() {
        return BASE_URL;
    }

    public String realmUrl() {
        return BASE_URL + "/realms/" + REALM;
    }

    /** Starts Keycloak and waits until the realm answers; does nothing if this instance is already running. */
    public synchronized KeycloakServer start(Duration readyTimeout) {
        if (process != null) {
            if (process.isAlive()) {
                return this;
            }
            close(); // it died: forget it, and its shutdown hook, before starting anew
        }
        Path kcSh = distribution.resolve("bin/kc.sh");
        if (!Files.isRegularFile(kcSh)) {
            throw new IllegalStateException("Keycloak " + version + " is not unpacked at " + distribution
                    + ". Run the Maven build first (for example ./mvnw generate-resources); it unpacks the distribution there.");
        }
        if (!Files.isExecutable(kcSh) && !kcSh.toFile().setExecutable(true)) {
            throw new IllegalStateException("Cannot make " + kcSh + " executable");
        }
        failIfPortTaken(PORT);
        failIfPortTaken(MANAGEMENT_PORT);
        prepareRealmImport();

        ProcessBuilder builder = new ProcessBuilder(kcSh.toString(), "start-dev",
                "--http-host=" + HOST,
                "--http-port=" + PORT,
                "--hostname=" + BASE_URL,
                "--import-realm",
                "--health-enabled=true")
                .directory(distribution.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        Map<String, String> env = builder.environment();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx384m");

        LOG.infof("Starting Keycloak %s on %s (log: %s)", version, BASE_URL, logFile);
        long started = System.nanoTime();
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + kcSh, e);
        }
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            awaitReady(readyTimeout);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        LOG.infof("Keycloak ready at %s after %.1f s", realmUrl(), (System.nanoTime() - started) / 1e9);
        return this;
    }

    /** Stops Keycloak and every process it started. */
    @Override
    public synchronized void close() {
        if (process == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting; the hook stops the process.
        }
        stopProcess();
        process = null;
    }

    /**
     * Writes the merged realm into {@code data/import/}. Keycloak imports a realm only if it does not exist
     * yet, so the stored data is deleted whenever the merged realm (or an environment value it refers to)
     * changed; otherwise edits to the realm files would silently not take effect.
     */
    void prepareRealmImport() {
        try {
            byte[] merged = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(mergedRealm());
            String hash = hash(merged);
            Path importDir = Files.createDirectories(distribution.resolve("data/import"));
            Path hashFile = importDir.resolve("guild-realm.sha256");
            boolean unchanged = Files.isRegularFile(hashFile) && Files.readString(hashFile).strip().equals(hash);
            if (!unchanged) {
                Path storedData = distribution.resolve("data/h2");
                if (Files.exists(storedData)) {
                    LOG.info("The guild realm changed since Keycloak last imported it: deleting its stored data to re-import");
                    deleteRecursively(storedData);
                }
            }
            Files.write(importDir.resolve("guild-realm.json"), merged);
            Files.writeString(hashFile, hash + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the realm import from " + realmFile, e);
        }
    }

    /** The realm with the demo file's arrays (users, clients) appended; the demo file may not change anything else. */
    private ObjectNode mergedRealm() throws IOException {
        ObjectNode realm = readObject(realmFile);
        if (demoFile.isPresent()) {
            ObjectNode demo = readObject(demoFile.get());
            for (Map.Entry<String, JsonNode> field : demo.properties()) {
                JsonNode existing = realm.get(field.getKey());
                if (existing == null) {
                    realm.set(field.getKey(), field.getValue());
                } else if (existing.isArray() && field.getValue().isArray()) {
                    ((ArrayNode) existing).addAll((ArrayNode) field.getValue());
                } else {
                    throw new IllegalArgumentException(demoFile.get() + " may only add to arrays of the realm, but sets \""
                            + field.getKey() + "\"");
                }
            }
        }
        return realm;
    }

    private ObjectNode readObject(Path file) throws IOException {
        JsonNode node = mapper.readTree(file.toFile());
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException(file + " must hold a JSON object");
        }
        return object;
    }

    /** Hashes the realm together with the environment values its placeholders resolve to at import. */
    private static String hash(byte[] merged) {
        Map<String, String> resolved = new TreeMap<>();
        Matcher placeholders = PLACEHOLDER.matcher(new String(merged, StandardCharsets.UTF_8));
        while (placeholders.find()) {
            String name = placeholders.group(1);
            String value = System.getenv(name);
            if (value != null) {
                resolved.put(name, value);
            }
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(merged);
            resolved.forEach((name, value) -> digest.update(("\n" + name + "=" + value).getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** A Keycloak left over from an earlier run would serve an outdated realm, so it is never reused. */
    private static void failIfPortTaken(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 500);
        } catch (IOException free) {
            return;
        }
        throw new IllegalStateException("Port " + port + " on " + HOST + " is already in use, probably by a Keycloak left over "
                + "from an earlier run, which would serve an outdated realm. Stop that process (`ss -ltnp 'sport = :" + port
                + "'` shows it) and try again.");
    }

    private void awaitReady(Duration timeout) {
        URI wellKnown = URI.create(realmUrl() + "/.well-known/openid-configuration");
        HttpRequest request = HttpRequest.newBuilder(wellKnown).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastAnswer = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited while starting (exit code " + process.exitValue()
                        + "). Last lines of " + logFile + ":\n" + logTail());
            }
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode();
            } catch (ConnectException starting) {
                lastAnswer = "connection refused";
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(POLL_INTERVAL);
        }
        throw new IllegalStateException("Keycloak did not become ready within " + timeout.toSeconds() + " s (" + wellKnown
                + ": " + lastAnswer + "). Last lines of " + logFile + ":\n" + logTail());
    }

    /** TERM to kc.sh and the JVM it runs, then KILL to whatever is still alive after a bounded wait. */
    private void stopProcess() {
        Process current = process;
        if (current == null) {
            return;
        }
        // Descendants are collected first: once kc.sh exits they are re-parented and no longer found.
        List<ProcessHandle> all = Stream.concat(current.descendants(), Stream.of(current.toHandle()))
                .filter(ProcessHandle::isAlive)
                .toList();
        if (all.isEmpty()) {
            return;
        }
        LOG.info("Stopping Keycloak");
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                LOG.warnf("Keycloak process %d did not stop within %d s; killing it", handle.pid(), STOP_TIMEOUT.toSeconds());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private String logTail() {
        try {
            List<String> lines = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + logFile + ": " + e + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }
}
