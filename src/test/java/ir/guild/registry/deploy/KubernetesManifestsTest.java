package ir.guild.registry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders every overlay of k8s/ with kubectl kustomize, checks each object against the Kubernetes
 * and operator schemas offline, and checks what production needs of them (issue 8).
 */
class KubernetesManifestsTest {

    private static final ManifestSchemas SCHEMAS = new ManifestSchemas();
    private static final Map<String, RenderedManifests> RENDERED = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLACEHOLDER = "CHANGE-ME";
    private static final Path REALM_FILE = Path.of("deploy/keycloak/guild-realm.json");
    private static final Path DEMO_REALM_FILE = Path.of("deploy/keycloak/demo-realm.json");
    private static final Path REALM_IMPORT = Path.of("k8s/base/keycloak/guild-realm-import.yaml");

    static List<String> overlays() {
        return RenderedManifests.overlayNames();
    }

    private static RenderedManifests rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, RenderedManifests::render);
    }

    private static JsonNode appPod(RenderedManifests manifests) {
        return manifests.get("Deployment", "guild-registry").path("spec").path("template");
    }

    private static JsonNode config(RenderedManifests manifests) {
        return manifests.get("ConfigMap", "guild-registry-config").path("data");
    }

    @Test
    void devAndProdOverlaysExist() {
        assertThat(overlays()).contains("dev", "prod");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyRenderedObjectPassesItsSchema(String overlay) {
        RenderedManifests manifests = rendered(overlay);
        assertThat(manifests.objects()).hasSizeGreaterThan(10);
        List<String> problems = new ArrayList<>();
        manifests.objects().forEach(object -> problems.addAll(SCHEMAS.problems(object)));
        assertThat(problems).as(overlay).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everythingLivesInTheGuildNamespace(String overlay) {
        for (JsonNode object : rendered(overlay).objects()) {
            if (!object.path("kind").asText().equals("Namespace")) {
                assertThat(object.path("metadata").path("namespace").asText())
                        .as(object.path("kind").asText() + " " + object.path("metadata").path("name").asText())
                        .isEqualTo("guild");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void appPodsRunHardenedWithProbesAndLimits(String overlay) {
        JsonNode pod = appPod(rendered(overlay)).path("spec");
        assertThat(pod.path("automountServiceAccountToken").isBoolean()).isTrue();
        assertThat(pod.path("automountServiceAccountToken").asBoolean()).isFalse();
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.path("securityContext").path("runAsUser").asInt()).isEqualTo(185);
        assertThat(pod.path("securityContext").path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");
        assertThat(pod.path("containers")).hasSize(1);
        JsonNode app = pod.path("containers").get(0);
        JsonNode security = app.path("securityContext");
        assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(security.path("allowPrivilegeEscalation").isBoolean()).isTrue();
        assertThat(security.path("allowPrivilegeEscalation").asBoolean()).isFalse();
        assertThat(texts(security.path("capabilities").path("drop"))).containsExactly("ALL");
        assertThat(app.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
        assertThat(app.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
        assertThat(app.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/started");
        for (String bound : List.of("requests", "limits")) {
            assertThat(app.path("resources").path(bound).path("cpu").asText()).as(bound + " cpu").isNotEmpty();
            assertThat(app.path("resources").path(bound).path("memory").asText()).as(bound + " memory").isNotEmpty();
        }
        // The read-only root leaves /tmp as the one writable place, an emptyDir.
        JsonNode tmp = StreamSupport.stream(app.path("volumeMounts").spliterator(), false)
                .filter(m -> m.path("mountPath").asText().equals("/tmp")).findFirst().orElseThrow();
        JsonNode volume = StreamSupport.stream(pod.path("volumes").spliterator(), false)
                .filter(v -> v.path("name").asText().equals(tmp.path("name").asText())).findFirst().orElseThrow();
        assertThat(volume.has("emptyDir")).isTrue();
        assertThat(app.path("ports").get(0).path("containerPort").asInt()).isEqualTo(8080);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void serviceBudgetAutoscalerAndPolicySelectTheAppsPods(String overlay) {
        RenderedManifests manifests = rendered(overlay);
        JsonNode podLabels = appPod(manifests).path("metadata").path("labels");
        JsonNode deploymentSelector = manifests.get("Deployment", "guild-registry").path("spec").path("selector").path("matchLabels");
        assertSelects(deploymentSelector, podLabels);
        assertSelects(manifests.get("Service", "guild-registry").path("spec").path("selector"), podLabels);
        assertSelects(manifests.get("PodDisruptionBudget", "guild-registry").path("spec").path("selector").path("matchLabels"), podLabels);
        assertSelects(manifests.get("NetworkPolicy", "guild-registry").path("spec").path("podSelector").path("matchLabels"), podLabels);
        assertThat(manifests.get("HorizontalPodAutoscaler", "guild-registry").path("spec").path("scaleTargetRef").path("name").asText())
                .isEqualTo("guild-registry");
        JsonNode backend = manifests.get("Ingress", "guild-registry").path("spec").path("rules").get(0)
                .path("http").path("paths").get(0).path("backend").path("service");
        assertThat(backend.path("name").asText()).isEqualTo("guild-registry");
    }

    private static void assertSelects(JsonNode selector, JsonNode labels) {
        assertThat(selector.isEmpty()).as("empty selector").isFalse();
        selector.fields().forEachRemaining(label -> assertThat(labels.path(label.getKey()).asText())
                .as("pod label " + label.getKey()).isEqualTo(label.getValue().asText()));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheIngressControllerReachesTheApp(String overlay) {
        JsonNode policy = rendered(overlay).get("NetworkPolicy", "guild-registry").path("spec");
        assertThat(texts(policy.path("policyTypes"))).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(policy.path("ingress")).hasSize(1);
        JsonNode from = policy.path("ingress").get(0).path("from");
        assertThat(from).hasSize(1);
        assertThat(from.get(0).path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText())
                .isEqualTo("ingress-nginx");
        // Egress is limited: every rule names its ports.
        assertThat(policy.path("egress")).isNotEmpty().allSatisfy(rule -> assertThat(rule.path("ports")).isNotEmpty());
        Set<Integer> ports = new java.util.TreeSet<>();
        policy.path("egress").forEach(rule -> rule.path("ports").forEach(p -> ports.add(p.path("port").asInt())));
        assertThat(ports).contains(53, 5432, 8080, 587);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void ingressesServeTls(String overlay) {
        for (JsonNode ingress : rendered(overlay).ofKind("Ingress")) {
            JsonNode spec = ingress.path("spec");
            assertThat(spec.path("tls")).isNotEmpty();
            assertThat(texts(spec.path("tls").get(0).path("hosts"))).contains(spec.path("rules").get(0).path("host").asText());
            assertThat(spec.path("tls").get(0).path("secretName").asText()).isNotEmpty();
        }
    }

    @Test
    void aMisspeltFieldInAnOverlayPatchFailsTheCheck() throws IOException {
        // kustomize passes unknown fields through untouched; the schema check is what stops them.
        Path overlay = Path.of("target/broken-overlay");
        Files.createDirectories(overlay);
        Files.writeString(overlay.resolve("kustomization.yaml"), """
                resources:
                  - ../../k8s/overlays/prod
                patches:
                  - patch: |-
                      apiVersion: apps/v1
                      kind: Deployment
                      metadata:
                        name: guild-registry
                      spec:
                        replcas: 2
                """);
        List<JsonNode> objects = RenderedManifests.parse(RenderedManifests.kubectl("kustomize", overlay.toString()));
        List<String> problems = new ArrayList<>();
        objects.forEach(object -> problems.addAll(SCHEMAS.problems(object)));
        assertThat(problems).singleElement().asString().contains("Deployment guild-registry", "replcas");
    }

    @Test
    void productionRunsSeveralInstancesOfEverything() {
        RenderedManifests prod = rendered("prod");
        assertThat(prod.get("Deployment", "guild-registry").path("spec").path("replicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(prod.get("HorizontalPodAutoscaler", "guild-registry").path("spec").path("minReplicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(prod.get("Cluster", "guild-db").path("spec").path("instances").asInt()).isEqualTo(3);
        assertThat(prod.get("Keycloak", "guild-keycloak").path("spec").path("instances").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode budget = prod.get("PodDisruptionBudget", "guild-registry").path("spec");
        assertThat(budget.path("maxUnavailable").asInt()).isEqualTo(1);
    }

    @Test
    void devRunsOneDatabaseInstance() {
        assertThat(rendered("dev").get("Cluster", "guild-db").path("spec").path("instances").asInt()).isEqualTo(1);
    }

    @Test
    void productionBacksUpTheDatabaseEveryNight() {
        RenderedManifests prod = rendered("prod");
        JsonNode backup = prod.get("Cluster", "guild-db").path("spec").path("backup");
        assertThat(backup.path("barmanObjectStore").path("destinationPath").asText()).isNotEmpty();
        assertThat(backup.path("retentionPolicy").asText()).isNotEmpty();
        assertThat(prod.ofKind("ScheduledBackup")).anySatisfy(scheduled -> {
            assertThat(scheduled.path("spec").path("cluster").path("name").asText()).isEqualTo("guild-db");
            assertThat(scheduled.path("spec").path("schedule").asText()).isNotEmpty();
        });
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void appTakesItsSettingsFromTheConfigMapAndItsSecrets(String overlay) {
        RenderedManifests manifests = rendered(overlay);
        JsonNode config = config(manifests);
        for (String key : List.of("QUARKUS_HTTP_HOST", "QUARKUS_DATASOURCE_JDBC_URL", "GUILD_KEYCLOAK_URL",
                "QUARKUS_OIDC_CLIENT_ID", "QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_ID",
                "QUARKUS_MAILER_HOST", "QUARKUS_MAILER_PORT", "QUARKUS_MAILER_FROM", "GUILD_PUBLIC_URL")) {
            assertThat(config.path(key).asText()).as(key).isNotBlank();
        }
        assertThat(config.path("QUARKUS_HTTP_HOST").asText()).isEqualTo("0.0.0.0");
        assertThat(config.path("QUARKUS_DATASOURCE_JDBC_URL").asText()).startsWith("jdbc:postgresql://guild-db-rw:5432/");
        JsonNode container = appPod(manifests).path("spec").path("containers").get(0);
        assertThat(container.path("envFrom").findValuesAsText("name"))
                .containsExactlyInAnyOrder("guild-registry-config", "guild-registry-secrets");
        for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            JsonNode env = StreamSupport.stream(container.path("env").spliterator(), false)
                    .filter(e -> e.path("name").asText().equals(variable)).findFirst().orElseThrow();
            assertThat(env.path("valueFrom").path("secretKeyRef").path("name").asText()).isEqualTo("guild-db-app");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void committedSecretsHoldPlaceholdersOnly(String overlay) {
        for (JsonNode secret : rendered(overlay).ofKind("Secret")) {
            secret.path("stringData").fields().forEachRemaining(entry ->
                    assertThat(entry.getValue().asText()).as(entry.getKey()).isEqualTo(PLACEHOLDER));
            secret.path("data").fields().forEachRemaining(entry ->
                    assertThat(new String(Base64.getDecoder().decode(entry.getValue().asText()), StandardCharsets.UTF_8))
                            .as(entry.getKey()).isEqualTo(PLACEHOLDER));
        }
    }

    @Test
    void productionLeavesItsSecretsToTheCluster() {
        // Applying the overlay must never overwrite the real secrets created out of band.
        assertThat(rendered("prod").ofKind("Secret")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void addressesOfAppAndKeycloakAgree(String overlay) {
        RenderedManifests manifests = rendered(overlay);
        JsonNode config = config(manifests);
        String publicUrl = config.path("GUILD_PUBLIC_URL").asText();
        URI app = URI.create(publicUrl);
        assertThat(app.getScheme()).isEqualTo("https");
        assertThat(host(manifests.get("Ingress", "guild-registry"))).isEqualTo(app.getHost());

        String keycloakUrl = manifests.get("Keycloak", "guild-keycloak").path("spec").path("hostname").path("hostname").asText();
        assertThat(URI.create(keycloakUrl).getScheme()).isEqualTo("https");
        // One public address for sign-in, the admin API, the pages' CSP and the partners' token URL.
        assertThat(config.path("GUILD_KEYCLOAK_URL").asText()).isEqualTo(keycloakUrl);
        assertThat(config.has("QUARKUS_OIDC_AUTH_SERVER_URL")).isFalse();
        assertThat(config.has("QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL")).isFalse();
        assertThat(host(manifests.get("Ingress", "guild-keycloak"))).isEqualTo(URI.create(keycloakUrl).getHost());

        JsonNode web = client(manifests.get("KeycloakRealmImport", "guild-realm").path("spec").path("realm"), "guild-web");
        assertThat(web.path("rootUrl").asText()).isEqualTo(publicUrl);
        assertThat(texts(web.path("redirectUris"))).containsExactly(publicUrl + "/*");
    }

    private static String host(JsonNode ingress) {
        return ingress.path("spec").path("rules").get(0).path("host").asText();
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        return StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(c -> c.path("clientId").asText().equals(clientId)).findFirst()
                .orElseThrow(() -> new AssertionError("no client " + clientId));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void realmImportIsTheProductionRealmWithClusterAddressesAndNoDemoAccounts(String overlay) throws IOException {
        RenderedManifests manifests = rendered(overlay);
        JsonNode imported = manifests.get("KeycloakRealmImport", "guild-realm").path("spec");
        assertThat(imported.path("keycloakCRName").asText()).isEqualTo("guild-keycloak");
        JsonNode realm = imported.path("realm");

        // Apart from the addresses of guild-web, it is the realm file as it is.
        ObjectNode expected = (ObjectNode) JSON.readTree(REALM_FILE.toFile());
        ObjectNode expectedWeb = (ObjectNode) client(expected, "guild-web");
        JsonNode actualWeb = client(realm, "guild-web");
        expectedWeb.set("rootUrl", actualWeb.path("rootUrl"));
        expectedWeb.set("redirectUris", actualWeb.path("redirectUris"));
        assertThat(realm).isEqualTo(expected);

        // Nobody but the service account of guild-admin, and no password of anyone.
        assertThat(realm.path("users")).allSatisfy(user -> {
            assertThat(user.path("serviceAccountClientId").asText()).isNotEmpty();
            assertThat(user.has("credentials")).isFalse();
        });
        JsonNode demo = JSON.readTree(DEMO_REALM_FILE.toFile());
        Set<String> realmClients = Set.copyOf(realm.path("clients").findValuesAsText("clientId"));
        assertThat(demo.path("clients").findValuesAsText("clientId")).isNotEmpty().noneMatch(realmClients::contains);
        Set<String> realmUsers = Set.copyOf(realm.path("users").findValuesAsText("username"));
        assertThat(demo.path("users").findValuesAsText("username")).isNotEmpty().noneMatch(realmUsers::contains);
        assertThat(realm.toString()).doesNotContain("127.0.0.1", "localhost");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void realmPlaceholdersAreFilledFromTheAppsSecret(String overlay) {
        RenderedManifests manifests = rendered(overlay);
        JsonNode imported = manifests.get("KeycloakRealmImport", "guild-realm").path("spec");
        Set<String> environment = new java.util.TreeSet<>();
        Matcher matcher = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}").matcher(imported.path("realm").toString());
        while (matcher.find()) {
            environment.add(matcher.group(1));
        }
        assertThat(environment).isNotEmpty();
        for (String name : environment) {
            JsonNode secret = imported.path("placeholders").path(name).path("secret");
            assertThat(secret.path("name").asText()).as(name).isEqualTo("guild-registry-secrets");
            assertThat(secret.path("key").asText()).as(name).isEqualTo(name);
        }
        // Where the overlay ships a placeholder Secret, it has every key the realm needs.
        manifests.find("Secret", "guild-registry-secrets").ifPresent(secret -> assertThat(
                Set.copyOf(iterable(secret.path("stringData").fieldNames()))).containsAll(environment));
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    @Test
    void committedRealmImportIsWhatTheScriptWritesFromTheRealmFile() throws IOException {
        String generated = RenderedManifests.run(List.of("bash", "deploy/k8s-realm-import.sh", "-"), "bash is needed");
        assertThat(Files.readString(REALM_IMPORT))
                .as("k8s/base/keycloak/guild-realm-import.yaml is stale: run deploy/k8s-realm-import.sh")
                .isEqualTo(generated);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array instanceof ArrayNode) {
            array.forEach(node -> texts.add(node.asText()));
        }
        return texts;
    }
}
