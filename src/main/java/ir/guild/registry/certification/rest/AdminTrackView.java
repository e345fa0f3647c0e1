package ir.guild.registry.certification.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.certification.Track;
import ir.guild.registry.certification.rest.TrackView.Level;
import ir.guild.registry.certification.rest.TrackView.Texts;

/** A track as admins see it: inactive ones too, with the version a change must send back. */
@Schema(name = "AdminTrack")
public record AdminTrackView(String code, Texts title, Texts description, int validityMonths, List<Level> levels,
        boolean active, int version, Instant createdAt, Instant updatedAt) {

    public static AdminTrackView of(Track track) {
        return new AdminTrackView(track.code, new Texts(track.titleFa, track.titleEn),
                new Texts(track.descriptionFa, track.descriptionEn), track.validityMonths, TrackView.levels(track),
                track.active, track.version, track.createdAt, track.updatedAt);
    }
}
