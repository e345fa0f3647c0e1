package ir.guild.registry.legalaid;

/** Where a case stands against its first-response deadline. */
public enum SlaState {
    /** Not yet answered, and the deadline is further away than the due-soon margin. */
    ON_TIME,
    /** Not yet answered, and the deadline is within the due-soon margin. */
    DUE_SOON,
    /** Not answered, and the deadline has passed. */
    OVERDUE,
    /** Counsel have responded: the SLA no longer runs. */
    MET
}
