package ir.guild.registry.notify;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ir.guild.registry.common.IranianMobile;
import ir.guild.registry.notify.sms.SmsFailure;
import ir.guild.registry.notify.sms.SmsGateway;
import ir.guild.registry.outbox.OutboxHandler;
import ir.guild.registry.outbox.PermanentFailure;

/**
 * Sends the SMS notices of the outbox to the number the person confirmed, while it is still the
 * number on their membership or application. An SMS whose person has since turned SMS off or
 * changed their number is dropped; one the provider refuses for good (an
 * invalid number, an exhausted template) is given up at once rather than retried for hours.
 */
@ApplicationScoped
public class SmsDelivery implements OutboxHandler<SmsNotice> {

    private static final Logger LOG = Logger.getLogger(SmsDelivery.class);

    private final SmsGateway gateway;

    SmsDelivery(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public String kind() {
        return Notifications.SMS;
    }

    @Override
    public Class<SmsNotice> payloadType() {
        return SmsNotice.class;
    }

    @Override
    public void deliver(SmsNotice notice, long messageId) throws SmsFailure, PermanentFailure {
        Optional<String> number = QuarkusTransaction.requiringNew()
                .call(() -> ContactChannels.of(notice.accountSubject()).flatMap(OnRecord::smsNumber));
        if (number.isEmpty()) {
            LOG.infof("SMS %d dropped: its recipient no longer receives SMS", messageId);
            return;
        }
        try {
            gateway.send(new IranianMobile(number.get()), notice.text());
        } catch (SmsFailure failure) {
            if (!failure.retryable()) {
                throw new PermanentFailure(failure.getMessage());
            }
            throw failure;
        }
    }
}
