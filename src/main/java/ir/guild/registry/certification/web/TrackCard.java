package ir.guild.registry.certification.web;

import java.util.List;

import ir.guild.registry.certification.Track;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.web.Language;

/** A track as the public catalog shows it, in the page's language with its digits. */
public record TrackCard(String code, String title, String description, String validityShown, List<Level> levels,
        String requestUrl) {

    /** Where a member asks for this certification; the request form takes the track from the query. */
    static final String REQUEST_PATH = "/me/certifications/new?track=";

    public record Level(int level, String levelShown, String requirements) {
    }

    static TrackCard of(Track track, Language language) {
        boolean en = language == Language.EN;
        List<Level> levels = track.levels.stream().map(level -> new Level(level.level,
                LocalDigits.of(level.level, language), level.requirements(language))).toList();
        return new TrackCard(track.code, track.title(language), en ? track.descriptionEn : track.descriptionFa,
                LocalDigits.of(track.validityMonths, language), levels,
                REQUEST_PATH + track.code);
    }
}
