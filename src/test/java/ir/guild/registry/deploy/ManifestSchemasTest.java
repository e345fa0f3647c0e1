package ir.guild.registry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The offline check refuses the mistakes a broken manifest would carry into the cluster. */
class ManifestSchemasTest {

    private static final ManifestSchemas SCHEMAS = new ManifestSchemas();

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: guild-registry
            spec:
              %s
              selector:
                matchLabels:
                  app: guild-registry
              template:
                metadata:
                  labels:
                    app: guild-registry
                spec:
                  containers:
                    - name: app
                      image: guild-registry:1.0.0
                      %s
            """;

    private static final String CLUSTER = """
            apiVersion: postgresql.cnpg.io/v1
            kind: Cluster
            metadata:
              name: guild-db
            spec:
              %s
              storage:
                size: 1Gi
            """;

    private static List<String> problems(String yaml) {
        List<JsonNode> objects = RenderedManifests.parse(yaml);
        assertThat(objects).hasSize(1);
        return SCHEMAS.problems(objects.get(0));
    }

    @Test
    void wellFormedDeploymentAndClusterPass() {
        assertThat(problems(DEPLOYMENT.formatted("replicas: 2", "imagePullPolicy: Always"))).isEmpty();
        assertThat(problems(CLUSTER.formatted("instances: 3"))).isEmpty();
    }

    @Test
    void misspeltFieldOfBuiltInKindIsRefused() {
        assertThat(problems(DEPLOYMENT.formatted("replcas: 2", "imagePullPolicy: Always")))
                .singleElement().asString().contains("replcas");
    }

    @Test
    void misspeltFieldDeepInsideBuiltInKindIsRefused() {
        assertThat(problems(DEPLOYMENT.formatted("replicas: 2", "imagePullPolcy: Always")))
                .singleElement().asString().contains("imagePullPolcy");
    }

    @Test
    void missingRequiredFieldOfBuiltInKindIsRefused() {
        String withoutContainerName = DEPLOYMENT.formatted("replicas: 2", "imagePullPolicy: Always")
                .replace("- name: app", "- stdin: false");
        assertThat(problems(withoutContainerName)).singleElement().asString().contains("name");
    }

    @Test
    void misspeltFieldOfCustomResourceIsRefused() {
        assertThat(problems(CLUSTER.formatted("instances: 3\n  primaryUpdateStrategi: unsupervised")))
                .isNotEmpty().anySatisfy(p -> assertThat(p).contains("primaryUpdateStrategi"));
    }

    @Test
    void missingRequiredFieldOfCustomResourceIsRefused() {
        assertThat(problems(CLUSTER.formatted("description: no instances given")))
                .isNotEmpty().anySatisfy(p -> assertThat(p).contains("instances"));
    }

    @Test
    void misspeltFieldInsideTheImportedRealmIsRefused() {
        String realmImport = """
                apiVersion: k8s.keycloak.org/v2alpha1
                kind: KeycloakRealmImport
                metadata:
                  name: guild-realm
                spec:
                  keycloakCRName: guild-keycloak
                  realm:
                    realm: guild
                    %s: true
                """;
        assertThat(problems(realmImport.formatted("registrationAllowed"))).isEmpty();
        assertThat(problems(realmImport.formatted("registrationAlowed")))
                .singleElement().asString().contains("registrationAlowed");
    }

    @Test
    void misspeltMetadataOfCustomResourceIsRefused() {
        assertThat(problems(CLUSTER.formatted("instances: 1").replace("  name: guild-db", "  name: guild-db\n  labls: {}")))
                .isNotEmpty().anySatisfy(p -> assertThat(p).contains("labls"));
    }

    @Test
    void wrongTypeInCustomResourceIsRefused() {
        assertThat(problems(CLUSTER.formatted("instances: three"))).isNotEmpty();
    }

    @Test
    void kindWithoutSchemaIsRefusedRatherThanPassedUnchecked() {
        assertThat(problems("""
                apiVersion: example.org/v1
                kind: Widget
                metadata:
                  name: w
                """)).singleElement().asString().contains("no schema");
    }
}
