package ir.guild.registry.notify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ir.guild.registry.membership.MembershipTestData;

/** Test access to what linking a messenger chat stores. */
@ApplicationScoped
public class LinkingFixtures {

    private final EntityManager em;
    private final MembershipTestData data;

    LinkingFixtures(EntityManager em, MembershipTestData data) {
        this.em = em;
        this.data = data;
    }

    /** Empties the channels, the linking codes and the membership tables (with the outbox). */
    @Transactional
    public void clear() {
        em.createNativeQuery("delete from messenger_link_code").executeUpdate();
        em.createNativeQuery("delete from contact_channels").executeUpdate();
        data.clear();
    }

    @Transactional
    public Optional<Long> chatOf(String accountSubject) {
        return ContactChannels.of(accountSubject).map(channels -> channels.messengerChatId);
    }

    @Transactional
    public Optional<ContactChannels> channels(String accountSubject) {
        return ContactChannels.<ContactChannels>of(accountSubject).map(channels -> {
            em.detach(channels);
            return channels;
        });
    }

    @Transactional
    public void link(String accountSubject, long chatId) {
        ContactChannels.orNew(accountSubject).linkChat(chatId, Instant.now());
    }

    /** Every stored code row as text (hash, account, dates), to prove no code is kept in clear. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> storedCodes() {
        return ((List<Object[]>) em.createNativeQuery(
                "select code_hash, account_subject, created_at, expires_at, used_at from messenger_link_code")
                .getResultList()).stream().map(java.util.Arrays::toString).toList();
    }

    @Transactional
    public void expireCodesOf(String accountSubject) {
        em.createNativeQuery("update messenger_link_code set expires_at = now() - interval '1 second'"
                + " where account_subject = ?1").setParameter(1, accountSubject).executeUpdate();
    }

    @Transactional
    public Optional<Instant> usedAt(String code) {
        return MessengerLinkCode.<MessengerLinkCode>findByIdOptional(MessengerLinkCode.hash(code))
                .map(row -> row.usedAt);
    }

    @Transactional
    public long outboxMessages(String kind) {
        return ((Number) em.createNativeQuery("select count(*) from outbox_message where kind = ?1")
                .setParameter(1, kind).getSingleResult()).longValue();
    }

    /** The text the bot sends, Persian then English, for tests outside the package. */
    public static String both(java.util.function.Function<MessengerLinkTexts, String> text) {
        return MessengerLinking.both(text);
    }
}
