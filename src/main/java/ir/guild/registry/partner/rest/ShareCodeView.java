package ir.guild.registry.partner.rest;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.partner.ShareCode;
import ir.guild.registry.partner.ShareCodeService;

/** A share code as its member sees it; the code itself only in the answer that made it. */
@Schema(name = "ShareCode")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShareCodeView(
        long id,
        @Schema(enumeration = { "MEMBERSHIP", "MEMBERSHIP_AND_CERTIFICATES" }) String scope,
        String label,
        @Schema(description = "The code's last four characters", example = "…-3HJW") String hint,
        Instant createdAt, Instant expiresAt, Instant revokedAt,
        @Schema(enumeration = { "ACTIVE", "EXPIRED", "REVOKED" }) String status,
        @Schema(description = "How many verifications it answered") long verifications,
        @Schema(description = "The code to give the firm; shown only once, when it is made, and never stored",
                example = "K7Q2-9XRT-M4PA-3HJW") String code) {

    public static ShareCodeView of(ShareCodeService.Listed listed) {
        ShareCode c = listed.shareCode();
        return new ShareCodeView(c.id, c.scope.name(), c.label, c.hintShown(), c.createdAt, c.expiresAt, c.revokedAt,
                listed.status().name(), listed.verifications(), null);
    }

    public static ShareCodeView issued(ShareCodeService.Issued issued, Instant now) {
        ShareCode c = issued.shareCode();
        return new ShareCodeView(c.id, c.scope.name(), c.label, c.hintShown(), c.createdAt, c.expiresAt, c.revokedAt,
                c.statusAt(now).name(), 0, issued.code());
    }
}
