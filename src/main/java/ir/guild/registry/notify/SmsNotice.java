package ir.guild.registry.notify;

/**
 * An SMS as the outbox stores it: the account it is for and the text. The number is looked up
 * when it is sent, so a number changed or SMS turned off in between is respected.
 */
public record SmsNotice(String accountSubject, String text) {
}
