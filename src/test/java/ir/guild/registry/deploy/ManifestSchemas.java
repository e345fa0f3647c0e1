package ir.guild.registry.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;

/**
 * Offline schema check of Kubernetes objects, as strict as the API server's field validation:
 * built-in kinds are read with the official Java client's models, which refuse unknown fields and
 * missing required ones; custom resources are checked against the openAPIV3Schema of their
 * operator's CRD (src/test/resources/k8s-crds), tightened to refuse unknown fields wherever the
 * CRD does not say x-kubernetes-preserve-unknown-fields, as the API server would prune them.
 */
final class ManifestSchemas {

    private interface ModelReader {
        void read(String json) throws IOException;
    }

    private static final Map<String, ModelReader> BUILT_IN = Map.of(
            "v1/Namespace", V1Namespace::fromJson,
            "v1/ConfigMap", V1ConfigMap::fromJson,
            "v1/Secret", V1Secret::fromJson,
            "v1/Service", V1Service::fromJson,
            "apps/v1/Deployment", V1Deployment::fromJson,
            "autoscaling/v2/HorizontalPodAutoscaler", V2HorizontalPodAutoscaler::fromJson,
            "policy/v1/PodDisruptionBudget", V1PodDisruptionBudget::fromJson,
            "networking.k8s.io/v1/NetworkPolicy", V1NetworkPolicy::fromJson,
            "networking.k8s.io/v1/Ingress", V1Ingress::fromJson);

    static final List<String> CRD_FILES = List.of(
            "postgresql.cnpg.io_clusters.yaml",
            "postgresql.cnpg.io_scheduledbackups.yaml",
            "keycloaks.k8s.keycloak.org-v1.yml",
            "keycloakrealmimports.k8s.keycloak.org-v1.yml");

    private static final String PRESERVE_UNKNOWN = "x-kubernetes-preserve-unknown-fields";
    private static final List<String> KUBERNETES_KEYWORDS = List.of(PRESERVE_UNKNOWN, "nullable",
            "x-kubernetes-list-type", "x-kubernetes-list-map-keys", "x-kubernetes-map-type",
            "x-kubernetes-int-or-string", "x-kubernetes-embedded-resource", "x-kubernetes-validations");

    private final Map<String, JsonSchema> customResources = new HashMap<>();

    ManifestSchemas() {
        // Kubernetes' own keywords say nothing a JSON Schema validator can check; CEL rules
        // (x-kubernetes-validations) are left to the API server.
        JsonMetaSchema.Builder meta = JsonMetaSchema.builder(JsonMetaSchema.getV4());
        KUBERNETES_KEYWORDS.forEach(keyword -> meta.keyword(new NonValidationKeyword(keyword)));
        JsonSchemaFactory factory = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4))
                .metaSchema(meta.build()).build();
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
        for (String file : CRD_FILES) {
            JsonNode crd = readCrd(file);
            String group = crd.path("spec").path("group").asText();
            String kind = crd.path("spec").path("names").path("kind").asText();
            for (JsonNode version : crd.path("spec").path("versions")) {
                JsonNode schema = version.path("schema").path("openAPIV3Schema");
                if (version.path("served").asBoolean() && schema.isObject()) {
                    JsonNode strict = strict(withObjectRoot((ObjectNode) schema.deepCopy()));
                    customResources.put(group + "/" + version.path("name").asText() + "/" + kind,
                            factory.getSchema(strict, config));
                }
            }
        }
    }

    private static JsonNode readCrd(String file) {
        try (InputStream in = ManifestSchemas.class.getResourceAsStream("/k8s-crds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing CRD src/test/resources/k8s-crds/" + file);
            }
            List<JsonNode> documents = RenderedManifests.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return documents.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The API server accepts apiVersion, kind and metadata on every object, whether the CRD lists
     * them (CloudNativePG's do) or not (the Keycloak Operator's do not).
     */
    private static ObjectNode withObjectRoot(ObjectNode schema) {
        ObjectNode properties = schema.withObjectProperty("properties");
        properties.putIfAbsent("apiVersion", JsonNodeFactory.instance.objectNode().put("type", "string"));
        properties.putIfAbsent("kind", JsonNodeFactory.instance.objectNode().put("type", "string"));
        properties.putIfAbsent("metadata", JsonNodeFactory.instance.objectNode().put("type", "object"));
        return schema;
    }

    /**
     * Turns a structural CRD schema into a draft-4 schema that refuses unknown fields: objects
     * with properties get additionalProperties false unless they preserve unknown fields, and
     * OpenAPI's nullable becomes a null type.
     */
    static JsonNode strict(JsonNode node) {
        if (!node.isObject()) {
            return node;
        }
        ObjectNode schema = (ObjectNode) node;
        schema.path("properties").forEach(ManifestSchemas::strict);
        strict(schema.path("items"));
        strict(schema.path("additionalProperties"));
        strict(schema.path("not"));
        for (String combination : List.of("allOf", "anyOf", "oneOf")) {
            schema.path(combination).forEach(ManifestSchemas::strict);
        }
        boolean preserves = schema.path(PRESERVE_UNKNOWN).asBoolean(false);
        if (schema.has("properties") && !schema.has("additionalProperties") && !preserves) {
            schema.put("additionalProperties", false);
        }
        if (schema.path("nullable").asBoolean(false) && schema.path("type").isTextual()) {
            ArrayNode types = JsonNodeFactory.instance.arrayNode().add(schema.path("type").asText()).add("null");
            schema.set("type", types);
        }
        return schema;
    }

    /** What is wrong with one object, or nothing; an object of a kind not known here is wrong too. */
    List<String> problems(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        String name = kind + " " + object.path("metadata").path("name").asText("(no name)");
        List<String> problems = new ArrayList<>();
        ModelReader model = BUILT_IN.get(apiVersion + "/" + kind);
        JsonSchema schema = customResources.get(apiVersion + "/" + kind);
        if (model != null) {
            try {
                model.read(object.toString());
            } catch (IOException | RuntimeException e) {
                problems.add(name + ": " + e.getMessage());
            }
        } else if (schema != null) {
            Set<ValidationMessage> messages = schema.validate(object);
            messages.forEach(m -> problems.add(name + ": " + m.getMessage()));
            // The API server checks the metadata of custom resources as it does for any object.
            try {
                V1ObjectMeta.fromJson(object.path("metadata").toString());
            } catch (IOException | RuntimeException e) {
                problems.add(name + ": metadata: " + e.getMessage());
            }
            if (object.path("metadata").path("name").asText().isEmpty()) {
                problems.add(name + ": metadata.name is required");
            }
        } else {
            problems.add(name + ": no schema for " + apiVersion + " " + kind
                    + " (add its model or CRD to ManifestSchemas)");
        }
        return problems;
    }
}
