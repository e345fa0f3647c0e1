package ir.guild.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;

/**
 * Keeps docs/operations.md true: every {@code guild.} setting the app reads is described there,
 * with the environment variable that sets it, so an operator never has to read the code.
 */
class OperationsGuideTest {

    private static final Path GUIDE = Path.of("docs/operations.md");
    private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final Path SOURCES = Path.of("src/main/java");

    private static final Pattern PROFILE = Pattern.compile("^%[\\w,-]+\\.");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{(guild\\.[\\w.-]+)");
    private static final Pattern MAPPING = Pattern.compile(
            "@ConfigMapping\\(prefix = \"([^\"]+)\"\\)\\s*public interface (\\w+)");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(name = \"(guild\\.[^\"]+)\"");
    private static final Pattern SYSTEM_PROPERTY = Pattern.compile(
            "(?:System\\.getProperty|Boolean\\.getBoolean)\\(\"(guild\\.[^\"]+)\"");

    private static String guide;

    @BeforeAll
    static void readGuide() throws IOException {
        guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
    }

    @Test
    void everyGuildKeyOfApplicationPropertiesIsDescribedWithItsEnvironmentVariable() throws IOException {
        Set<String> keys = propertiesKeys();
        assertThat(keys).contains("guild.public-url", "guild.outbox.poll-interval", "guild.keycloak.url");

        assertDescribed(keys);
    }

    @Test
    void everyKeyOfTheConfigMappingsIsDescribedWithItsEnvironmentVariable() throws Exception {
        Set<String> keys = mappingKeys();
        assertThat(keys).contains("guild.credentials.keys", "guild.outbox.claim-lease",
                "guild.legal-aid.max-files", "guild.rate-limits.cleanup-interval");

        assertDescribed(keys);
    }

    @Test
    void everyGuildKeyTheCodeReadsDirectlyIsDescribed() throws IOException {
        Set<String> keys = sourceMatches(CONFIG_PROPERTY);
        keys.addAll(sourceMatches(SYSTEM_PROPERTY));
        assertThat(keys).contains("guild.public-url", "guild.local.dir", "guild.local.keycloak");

        assertDescribed(keys);
    }

    @Test
    void theGuidePointsToTheKubernetesGuideAndTheArchitecturePointsToTheGuide() throws IOException {
        assertThat(guide).contains("../k8s/README.md");
        assertThat(Files.readString(Path.of("docs/architecture.md"), StandardCharsets.UTF_8))
                .contains("operations.md");
    }

    private static void assertDescribed(Set<String> keys) throws IOException {
        // The local run's JVM system properties (-Dguild.local.dir=...) have no environment variable.
        Set<String> systemProperties = sourceMatches(SYSTEM_PROPERTY);
        assertThat(keys).allSatisfy(key -> {
            assertThat(guide).as("docs/operations.md describes %s", key).contains("`" + key + "`");
            if (!systemProperties.contains(key)) {
                assertThat(guide).as("docs/operations.md gives the environment variable of %s", key)
                        .contains("`" + environmentVariable(key) + "`");
            }
        });
    }

    /** The environment variable SmallRye Config reads for a key: upper case, non-alphanumerics as _. */
    static String environmentVariable(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    private static Set<String> propertiesKeys() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(PROPERTIES, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Set<String> keys = new TreeSet<>();
        properties.forEach((name, value) -> {
            String key = PROFILE.matcher(name.toString()).replaceFirst("");
            if (key.startsWith("guild.")) {
                keys.add(key);
            }
            Matcher expression = EXPRESSION.matcher(value.toString());
            while (expression.find()) {
                keys.add(expression.group(1));
            }
        });
        // Keys shown commented out, as an example to turn on.
        Matcher commented = Pattern.compile("(?m)^#\\s*(guild\\.[\\w.-]+)=").matcher(Files.readString(PROPERTIES));
        while (commented.find()) {
            keys.add(commented.group(1));
        }
        return keys;
    }

    private static Set<String> mappingKeys() throws Exception {
        Set<String> keys = new TreeSet<>();
        for (Path source : javaSources()) {
            Matcher mapping = MAPPING.matcher(Files.readString(source, StandardCharsets.UTF_8));
            if (!mapping.find()) {
                continue;
            }
            String packageName = SOURCES.relativize(source.getParent()).toString().replace('/', '.');
            Class<?> type = Class.forName(packageName + "." + mapping.group(2));
            assertThat(type.getAnnotation(ConfigMapping.class).prefix()).isEqualTo(mapping.group(1));
            collect(mapping.group(1), type, keys);
        }
        return keys;
    }

    private static void collect(String prefix, Class<?> group, Set<String> keys) {
        for (Method method : group.getMethods()) {
            if (method.getParameterCount() > 0 || Modifier.isStatic(method.getModifiers()) || method.isDefault()) {
                continue;
            }
            // A map of named groups (guild.rate-limits.<name>.*): its entries are in application.properties.
            if (method.isAnnotationPresent(WithParentName.class) && Map.class.isAssignableFrom(method.getReturnType())) {
                continue;
            }
            WithName name = method.getAnnotation(WithName.class);
            String key = prefix + "." + (name != null ? name.value() : kebab(method.getName()));
            Class<?> type = method.getReturnType();
            if (type.isInterface() && !isValueType(type)) {
                collect(key, type, keys);
            } else {
                keys.add(key);
            }
        }
    }

    private static boolean isValueType(Class<?> type) {
        return Optional.class.isAssignableFrom(type) || java.util.Collection.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type) || CharSequence.class.isAssignableFrom(type)
                || type.getName().startsWith("java.");
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static Set<String> sourceMatches(Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path source : javaSources()) {
            Matcher matcher = pattern.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        return keys;
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }
}
