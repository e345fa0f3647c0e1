package ir.guild.registry.notify.sms;

import java.util.UUID;

import org.jboss.logging.Logger;

import ir.guild.registry.common.IranianMobile;

/**
 * The development provider ({@code guild.sms.provider=log}): sends nothing and only logs that a
 * message went to a masked number. Never the text nor the code, which may be a secret.
 */
public class LoggingSmsGateway implements SmsGateway {

    static final String STATUS = "logged";

    private static final Logger LOG = Logger.getLogger(LoggingSmsGateway.class);

    @Override
    public SmsReceipt send(IranianMobile to, String text) {
        String id = UUID.randomUUID().toString();
        LOG.infof("SMS %s to %s not sent: guild.sms.provider=log only logs (%d characters)", id,
                SmsGateway.masked(to), text == null ? 0 : text.length());
        return new SmsReceipt(id, STATUS);
    }

    @Override
    public SmsReceipt sendLookup(IranianMobile to, String template, String token) {
        String id = UUID.randomUUID().toString();
        LOG.infof("SMS %s (template %s) to %s not sent: guild.sms.provider=log only logs", id, template,
                SmsGateway.masked(to));
        return new SmsReceipt(id, STATUS);
    }
}
