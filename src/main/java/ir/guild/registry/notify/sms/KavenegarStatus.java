package ir.guild.registry.notify.sms;

import java.util.Map;

/**
 * The statuses Kavenegar documents in {@code return.status} (it also answers with the same HTTP
 * status), each with whether sending again later can help. Unknown statuses of 500 and above are
 * retryable, other unknown ones are not: they most likely need a person to look.
 */
final class KavenegarStatus {

    record Meaning(String description, boolean retryable) {
    }

    static final int ACCEPTED = 200;

    private static final Map<Integer, Meaning> MEANINGS = Map.ofEntries(
            Map.entry(400, new Meaning("parameters incomplete", false)),
            Map.entry(401, new Meaning("account deactivated", false)),
            Map.entry(402, new Meaning("operation failed at the provider", true)),
            Map.entry(403, new Meaning("API key not valid", false)),
            Map.entry(404, new Meaning("method not defined", false)),
            Map.entry(405, new Meaning("wrong HTTP method", false)),
            Map.entry(406, new Meaning("required parameter empty", false)),
            Map.entry(407, new Meaning("no access to this method from this account or address", false)),
            Map.entry(409, new Meaning("provider cannot answer now, try later", true)),
            Map.entry(411, new Meaning("receptor not valid", false)),
            Map.entry(412, new Meaning("sender line not valid", false)),
            Map.entry(413, new Meaning("message empty or too long", false)),
            Map.entry(414, new Meaning("too many items in one request", false)),
            Map.entry(415, new Meaning("start index beyond the total", false)),
            Map.entry(416, new Meaning("calling address not allowed by the account", false)),
            Map.entry(417, new Meaning("date not valid", false)),
            Map.entry(418, new Meaning("account credit insufficient", true)),
            Map.entry(419, new Meaning("lists of different lengths", false)),
            Map.entry(420, new Meaning("links not allowed in the message", false)),
            Map.entry(422, new Meaning("characters not allowed in the data", false)),
            Map.entry(424, new Meaning("template not found or not approved", false)),
            Map.entry(426, new Meaning("method needs another plan", false)),
            Map.entry(428, new Meaning("code must be numeric for a voice call", false)),
            Map.entry(429, new Meaning("too many requests, try later", true)),
            Map.entry(431, new Meaning("token not valid (no spaces or line breaks allowed)", false)),
            Map.entry(432, new Meaning("template has no place for the token", false)),
            Map.entry(501, new Meaning("a test account may send only to its owner's number", false)),
            Map.entry(607, new Meaning("tag name not valid", false)));

    private KavenegarStatus() {
    }

    static Meaning of(int status) {
        Meaning known = MEANINGS.get(status);
        if (known != null) {
            return known;
        }
        return new Meaning("unknown status", status >= 500);
    }
}
