package ir.guild.registry.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The small limits of {@link SmallRateLimits} with the production profile's proxy settings,
 * taken from application.properties itself, so that a test exercises what production runs.
 */
public class ProductionProxy extends SmallRateLimits {

    static final String PROD_PROXY = "%prod.quarkus.http.proxy.";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.putAll(productionProxySettings());
        return overrides;
    }

    static Map<String, String> productionProxySettings() {
        Properties properties = new Properties();
        try (InputStream in = ProductionProxy.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> settings = new HashMap<>();
        properties.stringPropertyNames().stream().filter(name -> name.startsWith(PROD_PROXY))
                .forEach(name -> settings.put(name.substring("%prod.".length()), properties.getProperty(name)));
        return settings;
    }
}
