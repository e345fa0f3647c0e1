package ir.guild.registry.legalaid;

/** How the member would like counsel to reach them. */
public enum PreferredContact {
    EMAIL, PHONE
}
