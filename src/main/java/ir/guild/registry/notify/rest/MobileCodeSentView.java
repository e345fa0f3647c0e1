package ir.guild.registry.notify.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MobileCodeSent", description = "A confirmation code went by SMS to the number on record")
public record MobileCodeSentView(
        @Schema(description = "The number on record, masked", example = "0912*****89") String mobile,
        @Schema(description = "Until when the code may be used") Instant expiresAt) {
}
