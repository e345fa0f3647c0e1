package ir.guild.registry.certification.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.certification.Track;
import ir.guild.registry.certification.TrackLevel;

/** A track of the public catalog: what each level asks and how long a certificate stays valid. */
@Schema(name = "Track")
public record TrackView(String code, Texts title, Texts description, int validityMonths, List<Level> levels) {

    /** A text in Persian and in English; a description may be missing in either. */
    public record Texts(String fa, String en) {
    }

    public record Level(int level, Texts requirements) {

        static Level of(TrackLevel level) {
            return new Level(level.level, new Texts(level.requirementsFa, level.requirementsEn));
        }
    }

    public static TrackView of(Track track) {
        return new TrackView(track.code, new Texts(track.titleFa, track.titleEn),
                new Texts(track.descriptionFa, track.descriptionEn), track.validityMonths, levels(track));
    }

    static List<Level> levels(Track track) {
        return track.levels.stream().map(Level::of).toList();
    }
}
