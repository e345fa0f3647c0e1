package ir.guild.registry.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a partner firm asks: is this the member, and did they consent with this code? */
@Schema(name = "VerificationRequest")
public record VerificationRequest(
        @Schema(example = "1405-000123", required = true) String membershipNumber,
        @Schema(description = "The share code the member gave; case, dashes and Persian digits do not matter",
                example = "K7Q2-9XRT-M4PA-3HJW", required = true) String shareCode) {
}
