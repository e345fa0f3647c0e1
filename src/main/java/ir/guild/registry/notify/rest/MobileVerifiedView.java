package ir.guild.registry.notify.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MobileVerified", description = "The number on record is confirmed and may receive SMS")
public record MobileVerifiedView(
        @Schema(description = "The confirmed number, masked", example = "0912*****89") String mobile,
        Instant verifiedAt) {
}
