package ir.guild.registry.certification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

import ir.guild.registry.web.Language;

/** A certification track of the guild's catalog, e.g. backend development in Java, with its levels. */
@Entity
@Table(name = "certification_track")
public class Track extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** A stable upper-case identifier, e.g. {@code BACKEND_JAVA}; never changes once created. */
    @Column(nullable = false, updatable = false)
    public String code;

    @Column(name = "title_fa", nullable = false)
    public String titleFa;

    @Column(name = "title_en", nullable = false)
    public String titleEn;

    @Column(name = "description_fa")
    public String descriptionFa;

    @Column(name = "description_en")
    public String descriptionEn;

    /** How long a certificate of this track stays valid after it is issued. */
    @Column(name = "validity_months", nullable = false)
    public int validityMonths;

    /** Inactive tracks stay for the certificates already issued but take no new requests. */
    @Column(nullable = false)
    public boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "certification_track_level", joinColumns = @JoinColumn(name = "track_id"))
    @OrderBy("level")
    public List<TrackLevel> levels = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    public String title(Language language) {
        return language == Language.EN ? titleEn : titleFa;
    }

    public Optional<TrackLevel> level(int level) {
        return levels.stream().filter(candidate -> candidate.level == level).findFirst();
    }

    public int highestLevel() {
        return levels.stream().mapToInt(candidate -> candidate.level).max().orElse(0);
    }

    public static Optional<Track> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The whole catalog in code order, inactive tracks included (for admins). */
    public static List<Track> catalog() {
        return listAll(Sort.ascending("code"));
    }

    /** The tracks members may request now, in code order. */
    public static List<Track> open() {
        return list("active", Sort.ascending("code"), true);
    }
}
