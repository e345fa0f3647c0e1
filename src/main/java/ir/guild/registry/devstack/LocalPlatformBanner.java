package ir.guild.registry.devstack;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/** Tells the person who started the local run where everything is and how to sign in. */
@Singleton
public class LocalPlatformBanner {

    private static final Logger LOG = Logger.getLogger(LocalPlatformBanner.class);

    void show(@Observes StartupEvent started, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.host") String host,
            @ConfigProperty(name = "quarkus.http.port") int port,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl) {
        LocalPlatform.demoRealmFile().ifPresent(demoFile -> LOG.info(banner(json, demoFile,
                "http://" + host + ":" + port, realmUrl)));
    }

    static String banner(ObjectMapper json, Path demoFile, String appUrl, String realmUrl) {
        StringBuilder text = new StringBuilder()
                .append("\n\n  Guild Registry is running\n")
                .append("    app            ").append(appUrl).append('/').append('\n')
                .append("    API docs       ").append(appUrl).append("/q/swagger-ui").append('\n')
                .append("    Keycloak realm ").append(realmUrl).append('\n')
                .append("\n  Demo sign-ins (username / password: roles)\n");
        try {
            for (JsonNode user : json.readTree(demoFile.toFile()).path("users")) {
                JsonNode password = user.path("credentials").path(0).path("value");
                if (password.isMissingNode()) {
                    continue;
                }
                StringBuilder roles = new StringBuilder();
                for (JsonNode role : user.path("realmRoles")) {
                    if (!role.asText().startsWith("default-roles")) {
                        roles.append(roles.length() == 0 ? "" : ", ").append(role.asText());
                    }
                }
                text.append(String.format("    %-16s / %-16s %s%n", user.path("username").asText(), password.asText(),
                        roles.length() == 0 ? "(applicant)" : roles));
            }
        } catch (IOException e) {
            text.append("    (cannot read ").append(demoFile).append(": ").append(e.getMessage()).append(")\n");
        }
        return text.append("\n  Press Ctrl-C to stop the app, Keycloak and PostgreSQL.\n").toString();
    }
}
