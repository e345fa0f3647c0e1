package ir.guild.registry.notify.sms;

/**
 * What the provider answered when it accepted a message.
 *
 * @param messageId the provider's id of the message, for its delivery reports and support
 * @param status the provider's status of the message at that moment (for Kavenegar a number such
 *        as {@code 1}, queued, or {@code 5}, handed to the operator)
 */
public record SmsReceipt(String messageId, String status) {
}
