package ir.guild.registry.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ir.guild.registry.audit.Actor;
import ir.guild.registry.audit.AuditEvent;
import ir.guild.registry.audit.AuditLog;
import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.FieldError;
import ir.guild.registry.common.Invalid;
import ir.guild.registry.common.IranianMobile;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.notify.messenger.MessengerConfig;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.Language;

/**
 * Which channels besides email a person chose, and whether each is ready: SMS once the number on
 * record is confirmed, the messenger once a chat is linked (and the bot is offered at all).
 */
@ApplicationScoped
@Transactional
public class ChannelChoices {

    /** A person's channels as they stand. {@code mobile} is the number on record, {@code verifiedAt} null unless it is confirmed. */
    public record Standing(String email, IranianMobile mobile, Instant mobileVerifiedAt, boolean smsChosen,
            boolean messengerAvailable, Instant messengerLinkedAt, boolean messengerChosen) {

        public boolean mobileVerified() {
            return mobileVerifiedAt != null;
        }

        public boolean messengerLinked() {
            return messengerLinkedAt != null;
        }
    }

    private final MobileVerification mobiles;
    private final MessengerConfig messenger;
    private final AuditLog audit;
    private final Clock clock = Clock.system(GuildClock.ZONE);

    ChannelChoices(MobileVerification mobiles, MessengerConfig messenger, AuditLog audit) {
        this.mobiles = mobiles;
        this.messenger = messenger;
        this.audit = audit;
    }

    /** @throws ProblemException 404 for someone with neither an application nor a membership */
    @Transactional(TxType.SUPPORTS)
    public Standing of(CurrentPerson person, Language language) {
        IranianMobile mobile = mobiles.numberOnRecord(person, language);
        Optional<ContactChannels> channels = ContactChannels.of(person.subject());
        // A confirmed number counts only while it is still the one on record.
        boolean verified = channels.map(c -> mobile.value().equals(c.verifiedMobile)).orElse(false);
        boolean linked = channels.map(ContactChannels::messengerLinked).orElse(false);
        return new Standing(email(person), mobile, verified ? channels.get().mobileVerifiedAt : null,
                verified && channels.get().smsChosen, messenger.enabled(),
                linked ? channels.get().messengerLinkedAt : null,
                linked && messenger.enabled() && channels.get().messengerChosen);
    }

    /**
     * Chooses SMS and the messenger (email always stays). Choosing a channel that is not ready is
     * refused with 400 naming it, and nothing changes.
     */
    public Standing choose(CurrentPerson person, Boolean sms, Boolean messengerChosen, Language language) {
        FieldChecks checks = new FieldChecks(language);
        if (sms == null) {
            checks.reject("sms", Invalid.REQUIRED);
        }
        if (messengerChosen == null) {
            checks.reject("messenger", Invalid.REQUIRED);
        }
        checks.throwIfInvalid();
        Standing before = of(person, language);
        List<FieldError> errors = new ArrayList<>();
        if (sms && !before.mobileVerified()) {
            errors.add(new FieldError("sms", MobileCodeInvalid.NOT_VERIFIED.message(language)));
        }
        if (messengerChosen && !before.messengerAvailable()) {
            errors.add(new FieldError("messenger", MobileCodeInvalid.NOT_OFFERED.message(language)));
        } else if (messengerChosen && !before.messengerLinked()) {
            errors.add(new FieldError("messenger", MobileCodeInvalid.NOT_LINKED.message(language)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (sms != before.smsChosen() || messengerChosen != before.messengerChosen()) {
            ContactChannels channels = ContactChannels.orNew(person.subject());
            channels.smsChosen = sms;
            channels.messengerChosen = messengerChosen;
            channels.updatedAt = clock.instant();
            audit.record(new AuditEvent(Actor.of(person), "contact.choose-channels", "Account", person.subject(),
                    "sms: " + before.smsChosen() + " -> " + sms + "; messenger: " + before.messengerChosen() + " -> "
                            + messengerChosen));
        }
        return of(person, language);
    }

    private static String email(CurrentPerson person) {
        return OnRecord.of(person.subject()).map(OnRecord::email).orElse(person.email());
    }
}
