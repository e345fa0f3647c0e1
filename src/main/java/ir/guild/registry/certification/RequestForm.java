package ir.guild.registry.certification;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A certification request as a member fills it in, before it is normalised and checked.
 * The level is a string so that Persian digits typed into a form are accepted.
 */
@Schema(name = "CertificationRequestForm")
public record RequestForm(
        @Schema(description = "Track code from /api/v1/tracks", example = "BACKEND_JAVA") String trackCode,
        @Schema(description = "One of the track's levels", example = "2") String level,
        @Schema(description = "What the member did that shows the level; at most 4000 characters") String evidence,
        @Schema(description = "Up to 10 http(s) links to the member's work, each at most 300 characters") List<String> links) {
}
