package ir.guild.registry.certification;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The certification settings: evidence limits and the local demonstration catalog. */
@ConfigMapping(prefix = "guild.certification")
public interface CertificationConfig {

    /** The largest evidence file a member may attach. */
    @WithDefault("4M")
    MemorySize maxFileSize();

    /** How many evidence files one request may hold. */
    @WithDefault("5")
    int maxFiles();

    /** Whether a fresh database gets the demonstration catalog; only the local run turns this on. */
    @WithDefault("false")
    boolean seedCatalog();
}
