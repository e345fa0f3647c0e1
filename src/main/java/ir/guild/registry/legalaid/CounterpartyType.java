package ir.guild.registry.legalaid;

/** Whom the member is in dispute with. */
public enum CounterpartyType {
    COMPANY, PERSON
}
