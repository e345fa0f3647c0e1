package ir.guild.registry.certification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

import ir.guild.registry.audit.Actor;
import ir.guild.registry.web.Language;

/**
 * Fills an empty catalog with the guild's demonstration tracks from {@code seed/certification-tracks.json},
 * so a fresh local run has something to request. The tracks go through {@link TrackService}, checked and
 * audited like an admin's.
 */
@ApplicationScoped
public class CatalogSeed {

    static final String RESOURCE = "seed/certification-tracks.json";
    private static final Logger LOG = Logger.getLogger(CatalogSeed.class);
    /** Serialises seeding between instances started at once on the same database. */
    private static final long SEED_LOCK = 0x747261636b73L;

    private final TrackService tracks;
    private final ObjectMapper json;
    private final EntityManager em;
    private final CertificationConfig config;

    CatalogSeed(TrackService tracks, ObjectMapper json, EntityManager em, CertificationConfig config) {
        this.tracks = tracks;
        this.json = json;
        this.em = em;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.seedCatalog()) {
            int added = seed();
            if (added > 0) {
                LOG.infof("Seeded the certification catalog with %d tracks", added);
            }
        }
    }

    /** Adds the seed tracks when the catalog is empty; returns how many were added (0 on every later call). */
    @Transactional
    public int seed() {
        em.createNativeQuery("select cast(pg_advisory_xact_lock(?1) as text)").setParameter(1, SEED_LOCK)
                .getSingleResult();
        if (Track.count() > 0) {
            return 0;
        }
        List<TrackForm> seedTracks = read();
        Actor actor = Actor.system("catalog-seed");
        seedTracks.forEach(track -> tracks.create(track, actor, Language.EN));
        return seedTracks.size();
    }

    List<TrackForm> read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return json.readValue(in, new TypeReference<List<TrackForm>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
