package ir.guild.registry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * deploy/Containerfile cannot be built here (no container engine); this checks at least that it
 * copies what the Quarkus fast-jar build writes to target/quarkus-app and keeps to the contract
 * the manifests rely on: user 185, port 8080.
 */
class ContainerfileTest {

    private static final Path CONTAINERFILE = Path.of("deploy/Containerfile");

    @Test
    void copiesTheFastJarLayout() throws IOException {
        String containerfile = Files.readString(CONTAINERFILE);
        Matcher copy = Pattern.compile("(?m)^COPY\\s+(?:--\\S+\\s+)*(\\S+)\\s+(\\S+)$").matcher(containerfile);
        List<String> sources = new java.util.ArrayList<>();
        while (copy.find()) {
            sources.add(copy.group(1));
        }
        assertThat(sources).containsExactly("target/quarkus-app/lib/", "target/quarkus-app/*.jar",
                "target/quarkus-app/app/", "target/quarkus-app/quarkus/");
        assertThat(containerfile).contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"");
    }

    @Test
    void theBuildProducesTheFastJar() throws IOException {
        // The image expects the default package type (fast-jar): nothing may switch it.
        for (Path file : List.of(Path.of("pom.xml"), Path.of("src/main/resources/application.properties"))) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain("quarkus.package.jar.type");
        }
    }

    @Test
    void runsAsUser185OnPort8080WithHeapFromTheMemoryLimit() throws IOException {
        String containerfile = Files.readString(CONTAINERFILE);
        assertThat(containerfile).containsPattern("(?m)^USER 185$").containsPattern("(?m)^EXPOSE 8080$")
                .contains("JAVA_MAX_MEM_RATIO=").contains("-Dquarkus.http.host=0.0.0.0");
        assertThat(Files.readString(Path.of(".dockerignore"))).contains("!target/quarkus-app/");
    }
}
