package ir.guild.registry.legalaid;

/** How a case fared against its first-response deadline, for statistics over many cases. */
public enum SlaOutcome {
    /** The desk responded by the end of the day the first response was due. */
    ON_TIME,
    /** The desk responded, after that day. */
    LATE,
    /** Open, not yet answered, and still within its deadline. */
    WAITING,
    /** Open, not answered, and past its deadline. */
    OVERDUE,
    /** Ended (withdrawn, say) before anyone responded. */
    NO_RESPONSE
}
