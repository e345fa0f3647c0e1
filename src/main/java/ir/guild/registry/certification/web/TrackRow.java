package ir.guild.registry.certification.web;

import java.time.Instant;

import ir.guild.registry.certification.Track;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.web.Language;

/** One track in the admins' list, in the page's language. */
public record TrackRow(String code, String title, boolean active, String levelsShown, String validityShown,
        Instant updatedAt) {

    static TrackRow of(Track track, Language language) {
        return new TrackRow(track.code, track.title(language), track.active,
                LocalDigits.of(track.levels.size(), language), LocalDigits.of(track.validityMonths, language),
                track.updatedAt);
    }
}
