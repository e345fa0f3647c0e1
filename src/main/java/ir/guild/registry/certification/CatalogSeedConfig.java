package ir.guild.registry.certification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Whether a fresh local database gets the demonstration catalog of tracks. */
@ConfigMapping(prefix = "guild.certification")
public interface CatalogSeedConfig {

    /** Only the local run turns this on; production catalogs are written by admins. */
    @WithName("seed-catalog")
    @WithDefault("false")
    boolean seedCatalog();
}
