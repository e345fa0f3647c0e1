package ir.guild.registry.notify;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * How a person may be reached besides email, keyed by their Keycloak account: the mobile they
 * confirmed by a one-time code, the messenger chat they linked, and which of the two they chose.
 * A channel carries notices only when it is both chosen and ready.
 */
@Entity
@Table(name = "contact_channels")
public class ContactChannels extends PanacheEntityBase {

    @Id
    @Column(name = "account_subject")
    public String accountSubject;

    @Column(name = "sms_chosen", nullable = false)
    public boolean smsChosen;

    @Column(name = "messenger_chosen", nullable = false)
    public boolean messengerChosen;

    /** The number the last accepted code was sent to. */
    @Column(name = "verified_mobile")
    public String verifiedMobile;

    @Column(name = "mobile_verified_at")
    public Instant mobileVerifiedAt;

    @Column(name = "messenger_chat_id")
    public Long messengerChatId;

    @Column(name = "messenger_linked_at")
    public Instant messengerLinkedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<ContactChannels> of(String accountSubject) {
        return findByIdOptional(accountSubject);
    }

    /** The person's row, made (and persisted) on first need; call inside a transaction. */
    public static ContactChannels orNew(String accountSubject) {
        return ContactChannels.<ContactChannels>findByIdOptional(accountSubject).orElseGet(() -> {
            ContactChannels channels = new ContactChannels();
            channels.accountSubject = accountSubject;
            channels.updatedAt = Instant.now();
            channels.persist();
            return channels;
        });
    }

    public static Optional<ContactChannels> byChat(long chatId) {
        return find("messengerChatId", chatId).firstResultOptional();
    }

    /** The verified number SMS go to, when the person chose SMS. */
    public Optional<String> smsNumber() {
        return smsChosen && verifiedMobile != null ? Optional.of(verifiedMobile) : Optional.empty();
    }

    /** The linked chat messages go to, when the person chose the messenger. */
    public Optional<Long> messengerChat() {
        return messengerChosen && messengerChatId != null ? Optional.of(messengerChatId) : Optional.empty();
    }

    public boolean mobileVerified() {
        return verifiedMobile != null;
    }

    public boolean messengerLinked() {
        return messengerChatId != null;
    }

    /** Confirms {@code mobile} as the person's number; choosing SMS stays the person's decision. */
    public void verifyMobile(String mobile, Instant at) {
        verifiedMobile = mobile;
        mobileVerifiedAt = at;
        updatedAt = at;
    }

    /** Forgets a confirmed number (the person changed it), and with it SMS until they confirm again. */
    public void forgetMobile(Instant at) {
        verifiedMobile = null;
        mobileVerifiedAt = null;
        smsChosen = false;
        updatedAt = at;
    }

    /**
     * The number on a person's membership or application became {@code mobile}: a confirmed
     * number that differs is forgotten, and SMS stop until the new one is confirmed. Call inside
     * the transaction that changes the number.
     */
    public static void numberOnRecordChanged(String accountSubject, String mobile, Instant at) {
        of(accountSubject).ifPresent(channels -> {
            if (channels.verifiedMobile != null && !channels.verifiedMobile.equals(mobile)) {
                channels.forgetMobile(at);
            }
        });
    }

    /** Links a chat and, since linking it is asking for messages there, chooses the messenger. */
    public void linkChat(long chatId, Instant at) {
        messengerChatId = chatId;
        messengerLinkedAt = at;
        messengerChosen = true;
        updatedAt = at;
    }

    public void unlinkChat(Instant at) {
        messengerChatId = null;
        messengerLinkedAt = null;
        messengerChosen = false;
        updatedAt = at;
    }
}
