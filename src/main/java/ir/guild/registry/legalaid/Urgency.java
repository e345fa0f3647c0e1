package ir.guild.registry.legalaid;

/** How pressing the member says the case is. */
public enum Urgency {
    LOW, NORMAL, HIGH, URGENT
}
