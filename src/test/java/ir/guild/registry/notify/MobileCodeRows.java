package ir.guild.registry.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** The mobile_code and contact_channels rows, read and changed outside the code under test. */
@ApplicationScoped
public class MobileCodeRows {

    public void clear() {
        QuarkusTransaction.requiringNew().run(() -> {
            MobileCode.deleteAll();
            ContactChannels.deleteAll();
        });
    }

    public List<MobileCode> of(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> MobileCode.<MobileCode>list("accountSubject = ?1 order by id",
                subject));
    }

    public long pending() {
        return QuarkusTransaction.requiringNew().call(() -> MobileCode.count("status", MobileCodeStatus.PENDING));
    }

    public void expireAll(String subject) {
        QuarkusTransaction.requiringNew().run(() -> MobileCode.update("expiresAt = ?1 where accountSubject = ?2",
                Instant.now().minusSeconds(1), subject));
    }

    /** Moves every code back in time, as time passing would. */
    public void ageAll(Duration by) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (MobileCode code : MobileCode.<MobileCode>listAll()) {
                code.createdAt = code.createdAt.minus(by);
                code.expiresAt = code.expiresAt.minus(by);
            }
        });
    }

    public ContactChannels channels(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> ContactChannels.<ContactChannels>findById(subject));
    }

    public void verified(String subject, String mobile) {
        QuarkusTransaction.requiringNew().run(() -> {
            ContactChannels channels = ContactChannels.orNew(subject);
            channels.verifyMobile(mobile, Instant.now());
            channels.smsChosen = true;
        });
    }
}
