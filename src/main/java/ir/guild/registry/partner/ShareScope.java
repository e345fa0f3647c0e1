package ir.guild.registry.partner;

/** What a share code lets a partner firm see. */
public enum ShareScope {
    /** The membership: holder's name, number, status, grade and validity. */
    MEMBERSHIP,
    /** The membership and every certificate of its holder, with their status. */
    MEMBERSHIP_AND_CERTIFICATES;

    public boolean includesCertificates() {
        return this == MEMBERSHIP_AND_CERTIFICATES;
    }
}
