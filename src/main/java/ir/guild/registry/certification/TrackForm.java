package ir.guild.registry.certification;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A track as an admin writes it, in the shape the catalog shows it. On a change the code
 * must be the track's own (or left out) and the version is the one the admin saw.
 */
@Schema(name = "TrackForm", description = "A certification track as an admin creates or changes it")
public record TrackForm(
        @Schema(description = "Upper-case identifier, e.g. BACKEND_JAVA; never changes", example = "BACKEND_JAVA")
        String code,
        Texts title,
        Texts description,
        @Schema(description = "How long a certificate stays valid, 1 to 120 months", example = "36")
        Integer validityMonths,
        @Schema(description = "Whether members may request the track; true when left out of a new track")
        Boolean active,
        @Schema(description = "Levels 1, 2, ... in order, at most 5")
        List<LevelForm> levels,
        @Schema(description = "The version last read; required to change a track")
        Integer version) {

    /** A text in Persian and in English. */
    public record Texts(String fa, String en) {
    }

    /** One level: its number (1 for the first, or left out to count from the position) and its requirements. */
    public record LevelForm(Integer level, Texts requirements) {
    }
}
