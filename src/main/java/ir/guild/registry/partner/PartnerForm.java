package ir.guild.registry.partner;

/** What an admin gives to register a partner firm, as typed. */
public record PartnerForm(String name, String nationalCompanyId, String contactEmail) {
}
