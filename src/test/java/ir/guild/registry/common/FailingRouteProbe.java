package ir.guild.registry.common;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.ext.web.Router;

/** A plain HTTP route that fails outside the REST layer, only in the tests. */
@Singleton
public class FailingRouteProbe {

    static final String PATH = "/api/v1/test-probe/http-crash";

    void register(@Observes Router router) {
        router.get(PATH).handler(rc -> {
            throw new IllegalStateException("secret internal detail in ir.guild.registry.SomeClass");
        });
    }
}
