package ir.guild.registry.audit;

/** The outcome of walking the audit chain: intact with its length, or the first broken entry. */
public record ChainVerification(boolean intact, long entries, Long firstBrokenId, String problem) {

    static ChainVerification intact(long entries) {
        return new ChainVerification(true, entries, null, null);
    }

    static ChainVerification broken(long checkedBefore, long entryId, String problem) {
        return new ChainVerification(false, checkedBefore, entryId, problem);
    }
}
