package ir.guild.registry.notify;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import ir.guild.registry.common.PersianText;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.common.TransactionLocks;
import ir.guild.registry.membership.Member;
import ir.guild.registry.notify.messenger.BotApi;
import ir.guild.registry.notify.messenger.BotApiFailure;
import ir.guild.registry.notify.messenger.IncomingBotMessage;
import ir.guild.registry.notify.messenger.MessengerConfig;
import ir.guild.registry.outbox.Outbox;
import ir.guild.registry.ratelimit.SlidingWindow;
import ir.guild.registry.ratelimit.TooManyRequests;

/**
 * Links a person's messenger chat to their account: the settings page gives them a one-time
 * code, they send it to the bot, and the chat is theirs until they unlink it (on the page, or by
 * sending {@code /stop}). A chat belongs to one account at a time; sending another account's code
 * from a linked chat moves it there.
 *
 * <p>The bot answers every message, in Persian and then English (a chat has no language). The
 * poller may hand the same message on twice; a code already used by the chat it is linked to
 * answers "linked" again and changes nothing, so a repeat is harmless. Codes and message texts
 * are never logged.
 */
@ApplicationScoped
public class MessengerLinking {

    /** The outbox kind of the "unlinked" message to a chat unlinked from the page or the API. */
    public static final String UNLINKED = "messenger-unlinked";

    private static final Logger LOG = Logger.getLogger(MessengerLinking.class);
    private static final Duration RATE_WINDOW = Duration.ofHours(1);
    private static final Set<String> STOP_WORDS = Set.of("/stop", "stop", "unlink", "لغو", "لغو پیوند");

    /** A code just made, to show once. */
    public record IssuedCode(String code, Instant expiresAt, String botUsername, String startLink) {
    }

    /** What the bot answers, and to whom. */
    record Answer(long chatId, String text) {
    }

    private final MessengerConfig config;
    private final BotApi bot;
    private final Outbox outbox;
    private final EntityManager em;
    private final Clock clock;

    @Inject
    MessengerLinking(MessengerConfig config, BotApi bot, Outbox outbox, EntityManager em) {
        this(config, bot, outbox, em, Clock.systemUTC());
    }

    MessengerLinking(MessengerConfig config, BotApi bot, Outbox outbox, EntityManager em, Clock clock) {
        this.config = config;
        this.bot = bot;
        this.outbox = outbox;
        this.em = em;
        this.clock = clock;
    }

    /** Whether members are offered the messenger at all. */
    public boolean offered() {
        return config.enabled();
    }

    /**
     * A new code for the account, valid for {@code guild.messenger.link-code-ttl}; the account's
     * earlier unused codes stop working.
     *
     * @throws ProblemException 409 when the messenger is not offered
     * @throws TooManyRequests when the account asked for {@code guild.messenger.link-codes-per-hour}
     *         codes within the last hour
     */
    @Transactional
    public IssuedCode newCode(String accountSubject) {
        if (!offered()) {
            throw new ProblemException(ProblemType.CONFLICT, "The messenger is not offered for notices");
        }
        // One account's requests one after another, so two at once cannot both slip under the limit.
        TransactionLocks.lock(em, "messenger-link:" + accountSubject);
        Instant now = clock.instant();
        SlidingWindow limit = new SlidingWindow(config.linkCodesPerHour(), RATE_WINDOW);
        long wait = limit.retryAfter(MessengerLinkCode.madeSince(accountSubject, limit.since(now)).stream()
                .map(made -> made.createdAt).toList(), now);
        if (wait > 0) {
            throw new TooManyRequests(wait);
        }
        MessengerLinkCode.voidUnused(accountSubject, now);
        String code = MessengerLinkCode.generate();
        MessengerLinkCode row = new MessengerLinkCode();
        row.codeHash = MessengerLinkCode.hash(code);
        row.accountSubject = accountSubject;
        row.createdAt = now;
        row.expiresAt = now.plus(config.linkCodeTtl());
        row.persist();
        String username = config.botUsername().map(String::strip).filter(name -> !name.isEmpty()).orElse(null);
        return new IssuedCode(code, row.expiresAt, username, startLink(username, code).orElse(null));
    }

    /**
     * Unlinks the account's chat, and tells the chat through the outbox (so it goes only if the
     * unlink commits, and is retried if the platform is down).
     *
     * @return whether a chat was linked
     */
    @Transactional
    public boolean unlink(String accountSubject) {
        Optional<ContactChannels> channels = ContactChannels.of(accountSubject).filter(ContactChannels::messengerLinked);
        if (channels.isEmpty()) {
            return false;
        }
        long chatId = channels.get().messengerChatId;
        channels.get().unlinkChat(clock.instant());
        if (offered()) {
            outbox.enqueue(UNLINKED, new UnlinkedChat(chatId));
        }
        LOG.infof("Messenger chat unlinked by its account's owner");
        return true;
    }

    /** Answers what someone sent the bot; called on the poller's thread. */
    void onMessage(@Observes IncomingBotMessage message) {
        Answer answer = QuarkusTransaction.requiringNew().call(() -> answer(message));
        try {
            bot.sendMessage(answer.chatId(), answer.text());
        } catch (BotApiFailure failure) {
            // The link (or unlink) stands; the person sees it on the settings page.
            LOG.warnf("Could not answer a message to the bot: %s", failure.getMessage());
        }
    }

    /** Works out the answer and changes what the message asks for, in the caller's transaction. */
    Answer answer(IncomingBotMessage message) {
        long chatId = message.chatId();
        String text = PersianText.digitsToAscii(PersianText.normalize(message.text()));
        String lower = text.toLowerCase(Locale.ROOT);
        String command = lower.split(" ", 2)[0].replaceFirst("@.*$", "");
        if (STOP_WORDS.contains(lower) || command.equals("/stop")) {
            return new Answer(chatId, stopChat(chatId));
        }
        if (command.equals("/start")) {
            String rest = text.contains(" ") ? text.substring(text.indexOf(' ') + 1) : "";
            if (rest.isBlank()) {
                return new Answer(chatId, both(MessengerLinkTexts::chat_start));
            }
            text = rest;
        }
        Optional<MessengerLinkCode> code = MessengerLinkCode.parse(text).flatMap(MessengerLinkCode::forUse);
        Instant now = clock.instant();
        if (code.isPresent() && code.get().usedAt != null && ContactChannels.byChat(chatId)
                .filter(linked -> linked.accountSubject.equals(code.get().accountSubject)).isPresent()) {
            // The same message handed on again: it is linked already.
            return new Answer(chatId, linkedText(code.get().accountSubject));
        }
        if (code.isEmpty() || !code.get().usable(now)) {
            LOG.debug("A messenger linking code was refused (unknown, expired or used)");
            return new Answer(chatId, both(MessengerLinkTexts::chat_invalid));
        }
        String account = code.get().accountSubject;
        ContactChannels.byChat(chatId).filter(other -> !other.accountSubject.equals(account)).ifPresent(other -> {
            other.unlinkChat(now);
            // The chat column is unique: the other account lets go of it before this one takes it.
            em.flush();
            LOG.info("A messenger chat moved from one account to another");
        });
        ContactChannels.orNew(account).linkChat(chatId, now);
        code.get().usedAt = now;
        LOG.info("A messenger chat was linked to an account by a one-time code");
        return new Answer(chatId, linkedText(account));
    }

    private String stopChat(long chatId) {
        Optional<ContactChannels> linked = ContactChannels.byChat(chatId);
        if (linked.isEmpty()) {
            return both(MessengerLinkTexts::chat_not_linked);
        }
        linked.get().unlinkChat(clock.instant());
        LOG.info("A messenger chat was unlinked from the chat");
        return both(MessengerLinkTexts::chat_unlinked);
    }

    /** Says which membership the chat is linked to by its number (never a name or a national ID). */
    private String linkedText(String accountSubject) {
        Optional<String> number = Member.currentOf(accountSubject).map(member -> member.membershipNumber);
        return both(texts -> number.isPresent() ? texts.chat_linked_member(number.get()) : texts.chat_linked_account());
    }

    private Optional<String> startLink(String username, String code) {
        Optional<String> template = config.startLink().map(String::strip).filter(link -> !link.isEmpty());
        if (template.isEmpty() || username == null && template.get().contains("{bot}")) {
            return Optional.empty();
        }
        return Optional.of(template.get().replace("{bot}", username == null ? "" : encode(username))
                .replace("{code}", encode(code)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The Persian text, then the English one. */
    static String both(Function<MessengerLinkTexts, String> text) {
        return text.apply(MessageBundles.get(MessengerLinkTexts.class)) + "\n\n"
                + text.apply(MessageBundles.get(MessengerLinkTexts.class, Localized.Literal.of("en")));
    }
}
