package ir.guild.registry.notify;

/**
 * Where a one-time mobile code stands. Only {@code PENDING} can still be confirmed; a code the
 * gateway did not take is {@code LOCKED} as well, since nobody may use it (the table has no
 * status of its own for it, and the row still counts towards the sending limits).
 */
public enum MobileCodeStatus {
    PENDING, VERIFIED, LOCKED, REPLACED
}
