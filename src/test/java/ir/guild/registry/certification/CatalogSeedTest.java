package ir.guild.registry.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import ir.guild.registry.audit.AuditEntry;

/** The local run's demonstration catalog, read from seed/certification-tracks.json. */
@QuarkusTest
class CatalogSeedTest {

    @Inject
    CatalogSeed seed;

    @Inject
    CertificationConfig config;

    @Inject
    IssuedCertificates fixtures;

    @BeforeEach
    @AfterEach
    void clean() {
        fixtures.clear();
    }

    @Test
    void theTestRunDoesNotSeedTheCatalogByItself() {
        assertThat(config.seedCatalog()).isFalse();
        assertThat(fixtures.tracks()).isZero();
    }

    @Test
    void anEmptyCatalogGetsTheGuildsTracksWithThreeLevelsInBothLanguages() {
        int added = seed.seed();

        List<Track> tracks = QuarkusTransaction.requiringNew().call(() -> {
            List<Track> all = Track.catalog();
            all.forEach(track -> track.levels.size());
            return all;
        });
        assertThat(added).isEqualTo(tracks.size()).isGreaterThanOrEqualTo(6);
        assertThat(tracks).extracting(track -> track.code).contains("BACKEND_JAVA", "WEB_FRONTEND", "MOBILE",
                "DEVOPS", "SECURITY", "DATA_ENGINEERING");
        for (Track track : tracks) {
            assertThat(track.active).as(track.code).isTrue();
            assertThat(track.titleFa).as(track.code).containsPattern("[\\u0600-\\u06FF]");
            assertThat(track.titleEn).as(track.code).containsPattern("[A-Za-z]").doesNotContainPattern("[\\u0600-\\u06FF]");
            assertThat(track.descriptionFa).as(track.code).isNotBlank();
            assertThat(track.descriptionEn).as(track.code).isNotBlank();
            assertThat(track.validityMonths).as(track.code).isBetween(12, 60);
            assertThat(track.levels).as(track.code).extracting(level -> level.level).containsExactly(1, 2, 3);
            track.levels.forEach(level -> {
                assertThat(level.requirementsFa).as(track.code + " " + level.level).containsPattern("[\\u0600-\\u06FF]")
                        .hasSizeGreaterThan(40);
                assertThat(level.requirementsEn).as(track.code + " " + level.level).hasSizeGreaterThan(40);
            });
        }
        Track java = tracks.stream().filter(track -> track.code.equals("BACKEND_JAVA")).findFirst().orElseThrow();
        assertThat(java.titleEn).isEqualTo("Backend development in Java");
        assertThat(java.levels.get(0).requirementsEn).contains("Spring Boot or Quarkus");
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "entityType = ?1 and entityId = ?2 and action = ?3 and actorRole = ?4", TrackService.ENTITY,
                "BACKEND_JAVA", "track.create", "system"));
        assertThat(audited).isPositive();
    }

    @Test
    void seedingAgainAddsNothing() {
        int first = seed.seed();
        long afterFirst = fixtures.tracks();
        int second = seed.seed();

        assertThat(first).isPositive();
        assertThat(second).isZero();
        assertThat(fixtures.tracks()).isEqualTo(afterFirst);
    }

    @Test
    void aCatalogAdminsAlreadyWroteIsLeftAlone() {
        fixtures.track("OUR_OWN", 2);
        assertThat(seed.seed()).isZero();
        assertThat(fixtures.tracks()).isEqualTo(1);
    }
}
