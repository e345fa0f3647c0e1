package ir.guild.registry.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import ir.guild.registry.web.Language;

/** One level of a track and what it asks of the member. */
@Embeddable
public class TrackLevel {

    @Column(nullable = false)
    public int level;

    @Column(name = "requirements_fa", nullable = false)
    public String requirementsFa;

    @Column(name = "requirements_en", nullable = false)
    public String requirementsEn;

    public TrackLevel() {
    }

    public TrackLevel(int level, String requirementsFa, String requirementsEn) {
        this.level = level;
        this.requirementsFa = requirementsFa;
        this.requirementsEn = requirementsEn;
    }

    public String requirements(Language language) {
        return language == Language.EN ? requirementsEn : requirementsFa;
    }
}
