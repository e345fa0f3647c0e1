package ir.guild.registry.partner;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Up to {@link PartnerVerifications#BATCH_MAX} verifications in one call, answered in order. */
@Schema(name = "VerificationBatch")
public record VerificationBatch(@Schema(maxItems = PartnerVerifications.BATCH_MAX, required = true)
        List<VerificationRequest> items) {
}
