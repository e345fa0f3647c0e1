package ir.guild.registry.notify.sms;

import ir.guild.registry.common.IranianMobile;

/**
 * Sends SMS through whichever provider {@code guild.sms.provider} names. Callers depend on
 * this interface only, so another provider is one more implementation and one more name in
 * {@link SmsGateways}.
 */
public interface SmsGateway {

    /**
     * Sends a plain message.
     *
     * @throws SmsFailure when the provider did not accept it; {@link SmsFailure#retryable()} says
     *         whether sending it again later can help
     */
    SmsReceipt send(IranianMobile to, String text) throws SmsFailure;

    /**
     * Sends a one-time code through a template registered with the provider beforehand (it
     * carries the fixed wording; only {@code token} travels with the request).
     *
     * @throws SmsFailure as for {@link #send}
     */
    SmsReceipt sendLookup(IranianMobile to, String template, String token) throws SmsFailure;

    /** The number as logs may show it: the operator prefix and the last two digits, {@code 0912*****89}. */
    static String masked(IranianMobile mobile) {
        String number = mobile.value();
        return number.substring(0, 4) + "*".repeat(number.length() - 6) + number.substring(number.length() - 2);
    }
}
