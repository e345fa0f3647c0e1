package ir.guild.registry.partner;

/** Suspend a firm ({@code SUSPENDED}) or let it call again ({@code ACTIVE}), with the version the admin saw. */
public record PartnerStatusChange(String status, Integer version) {
}
