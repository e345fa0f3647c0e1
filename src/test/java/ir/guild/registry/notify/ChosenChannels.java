package ir.guild.registry.notify;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Accounts that chose SMS with a confirmed mobile, for the tests of the features' notices, and
 * the SMS those notices queued.
 */
@ApplicationScoped
public class ChosenChannels {

    public static final String MOBILE = "09121234567";

    private final EntityManager em;
    private final ObjectMapper json;

    ChosenChannels(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** {@code accountSubject} confirmed {@link #MOBILE} and chose SMS. */
    @Transactional
    public void sms(String accountSubject) {
        ContactChannels channels = ContactChannels.orNew(accountSubject);
        channels.verifyMobile(MOBILE, Instant.now());
        channels.smsChosen = true;
    }

    @Transactional
    public void forget(String... accountSubjects) {
        for (String subject : accountSubjects) {
            ContactChannels.deleteById(subject);
        }
    }

    @Transactional
    public long lastOutboxId() {
        return ((Number) em.createNativeQuery("select coalesce(max(id), 0) from outbox_message").getSingleResult())
                .longValue();
    }

    /** The SMS queued after the outbox row {@code afterId}, oldest first. */
    @Transactional
    public List<SmsNotice> smsAfter(long afterId) {
        @SuppressWarnings("unchecked")
        List<String> payloads = em.createNativeQuery(
                "select payload from outbox_message where kind = ?1 and id > ?2 order by id")
                .setParameter(1, Notifications.SMS).setParameter(2, afterId).getResultList();
        return payloads.stream().map(payload -> {
            try {
                return json.readValue(payload, SmsNotice.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
