package ir.guild.registry.audit.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import ir.guild.registry.audit.ChainVerification;

/** The chain check as the API answers it: intact with its length, or the first broken entry and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainReport(boolean intact, Long entries, Long firstBrokenId, String reason) {

    static ChainReport of(ChainVerification verification) {
        return verification.intact()
                ? new ChainReport(true, verification.entries(), null, null)
                : new ChainReport(false, null, verification.firstBrokenId(), verification.problem());
    }
}
