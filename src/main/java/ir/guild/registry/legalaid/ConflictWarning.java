package ir.guild.registry.legalaid;

/**
 * Why a counsel should think twice before taking a case: its counterparty looks like a partner
 * firm of the guild, or like the employer the counsel declared.
 */
public record ConflictWarning(Kind kind, String name) {

    public enum Kind {
        /** The counterparty matches a firm registered as a guild partner. */
        PARTNER_FIRM,
        /** The counterparty matches the employer the counsel declared. */
        OWN_EMPLOYER
    }
}
