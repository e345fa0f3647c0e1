package ir.guild.registry.certification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.certification.Track;

/** A track's title in both languages, so clients show the one their reader needs. */
@Schema(name = "TrackTitle")
public record TrackTitle(String fa, String en) {

    public static TrackTitle of(Track track) {
        return new TrackTitle(track.titleFa, track.titleEn);
    }
}
