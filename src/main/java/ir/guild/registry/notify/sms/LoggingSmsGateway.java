package ir.guild.registry.notify.sms;

import java.util.UUID;

import org.jboss.logging.Logger;

import ir.guild.registry.common.IranianMobile;

/**
 * The development provider ({@code guild.sms.provider=log}): sends nothing and only logs that a
 * message went to a masked number. Never the text nor the code, which may be a secret.
 *
 * <p>In production it refuses every message instead, as a provider refuses a wrong key: an SMS
 * that nobody receives must not count as delivered, so admins see the channel failing on
 * {@code /admin} and a person asking for a code is told it could not be sent.
 */
public class LoggingSmsGateway implements SmsGateway {

    static final String STATUS = "logged";
    static final String REFUSED = "No SMS provider is configured: guild.sms.provider=log sends nothing;"
            + " set it to kavenegar with its API key";

    private static final Logger LOG = Logger.getLogger(LoggingSmsGateway.class);

    private final boolean refuses;

    /** Logs every message, for development and tests. */
    public LoggingSmsGateway() {
        this(false);
    }

    /** @param refuses whether every message is refused (production) rather than logged */
    public LoggingSmsGateway(boolean refuses) {
        this.refuses = refuses;
    }

    @Override
    public SmsReceipt send(IranianMobile to, String text) throws SmsFailure {
        refuseInProduction();
        String id = UUID.randomUUID().toString();
        LOG.infof("SMS %s to %s not sent: guild.sms.provider=log only logs (%d characters)", id,
                SmsGateway.masked(to), text == null ? 0 : text.length());
        return new SmsReceipt(id, STATUS);
    }

    @Override
    public SmsReceipt sendLookup(IranianMobile to, String template, String token) throws SmsFailure {
        refuseInProduction();
        String id = UUID.randomUUID().toString();
        LOG.infof("SMS %s (template %s) to %s not sent: guild.sms.provider=log only logs", id, template,
                SmsGateway.masked(to));
        return new SmsReceipt(id, STATUS);
    }

    private void refuseInProduction() throws SmsFailure {
        if (refuses) {
            throw new SmsFailure(REFUSED, false, null);
        }
    }
}
