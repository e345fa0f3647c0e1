package ir.guild.registry.partner;

/** Whether a partner firm may call the verification API. */
public enum PartnerStatus {
    ACTIVE, SUSPENDED
}
