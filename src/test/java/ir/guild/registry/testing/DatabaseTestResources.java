package ir.guild.registry.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded PostgreSQL for every {@code @QuarkusTest} of the run. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class DatabaseTestResources {

    private DatabaseTestResources() {
    }
}
