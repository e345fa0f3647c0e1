package ir.guild.registry.notify;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;

import ir.guild.registry.audit.Actor;
import ir.guild.registry.audit.AuditEvent;
import ir.guild.registry.audit.AuditLog;
import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.IranianMobile;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.common.TransactionLocks;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.notify.sms.SmsConfig;
import ir.guild.registry.notify.sms.SmsFailure;
import ir.guild.registry.notify.sms.SmsGateway;
import ir.guild.registry.ratelimit.SlidingWindow;
import ir.guild.registry.ratelimit.TooManyRequests;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.Language;

/**
 * Confirms a person's mobile with a six-digit code sent by SMS. The code goes only to the number
 * on record (the current membership's, else the latest application's), never to one typed into
 * the request, so the platform cannot be used to text arbitrary numbers. Only a keyed hash of the
 * code is stored; the code itself never reaches a log, an error, the audit log or the outbox.
 */
@Startup
@ApplicationScoped
public class MobileVerification {

    /** The fifth wrong code locks the code; only a new one helps then. */
    public static final int MAX_WRONG_ATTEMPTS = 5;

    static final SlidingWindow PER_ACCOUNT_SHORT = new SlidingWindow(3, Duration.ofMinutes(15));
    static final SlidingWindow PER_ACCOUNT_DAY = new SlidingWindow(10, Duration.ofDays(1));
    static final SlidingWindow PER_NUMBER_HOUR = new SlidingWindow(5, Duration.ofHours(1));
    /** Across accounts: several applications naming one person's number cannot text it more than this a day. */
    static final SlidingWindow PER_NUMBER_DAY = new SlidingWindow(10, Duration.ofDays(1));

    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");
    private static final Logger LOG = Logger.getLogger(MobileVerification.class);

    /** What the person is told after a code went out: the number (to be masked) and until when the code works. */
    public record CodeSent(IranianMobile mobile, Instant expiresAt) {
    }

    private final SmsGateway gateway;
    private final SmsConfig sms;
    private final AuditLog audit;
    private final EntityManager em;
    private final Duration ttl;
    private final MobileCodeHash hash;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.system(GuildClock.ZONE);

    MobileVerification(SmsGateway gateway,
            SmsConfig sms, MobileCodeConfig config, AuditLog audit, EntityManager em) {
        this.gateway = gateway;
        this.sms = sms;
        this.audit = audit;
        this.em = em;
        if (config.mobileCodeTtl().isNegative() || config.mobileCodeTtl().isZero()) {
            throw new IllegalStateException("guild.notify.mobile-code-ttl must be longer than zero");
        }
        this.ttl = config.mobileCodeTtl();
        this.hash = MobileCodeHash.from(config);
    }

    /**
     * The mobile on record for this person.
     *
     * @throws ProblemException 404 for someone with neither an application nor a membership, 400
     *         naming {@code mobile} when none is on record
     */
    @Transactional(TxType.SUPPORTS)
    public IranianMobile numberOnRecord(CurrentPerson person, Language language) {
        OnRecord record = OnRecord.of(person.subject())
                .orElseThrow(() -> ProblemException.notFound("You have neither an application nor a membership"));
        return Optional.ofNullable(record.mobile()).flatMap(IranianMobile::parse)
                .orElseThrow(() -> refused("mobile", MobileCodeInvalid.NO_MOBILE, language));
    }

    /**
     * Sends a new code to the number on record, replacing the one pending. Synchronous: the
     * person is waiting for it.
     *
     * @throws TooManyRequests beyond 3 codes per account in 15 minutes, 10 a day, or 5 per number an hour and 10 a day
     * @throws ProblemException 503 when the gateway did not take the message (the code is then unusable)
     */
    public CodeSent send(CurrentPerson person, Language language) {
        IranianMobile mobile = numberOnRecord(person, language);
        String code = newCode();
        MobileCode issued = QuarkusTransaction.requiringNew().call(() -> issue(person.subject(), mobile, code));
        try {
            Optional<String> template = sms.verifyTemplate().map(String::strip).filter(t -> !t.isEmpty());
            if (template.isPresent()) {
                gateway.sendLookup(mobile, template.get(), code);
            } else {
                gateway.send(mobile, text(code, language));
            }
        } catch (SmsFailure | RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> MobileCode.update("status = ?1 where id = ?2 and status = ?3",
                    MobileCodeStatus.LOCKED, issued.id, MobileCodeStatus.PENDING));
            // The failure's text never holds the code, the message or the key; an unexpected one may, so only its type.
            LOG.warnf("A mobile confirmation code to %s could not be sent: %s", SmsGateway.masked(mobile),
                    e instanceof SmsFailure failure ? failure.getMessage() : e.getClass().getSimpleName());
            throw new ProblemException(ProblemType.UNAVAILABLE, language == Language.EN
                    ? "The code could not be sent; try again later"
                    : "ارسال کد ممکن نشد؛ کمی بعد دوباره امتحان کنید");
        }
        LOG.infof("Mobile confirmation code %d sent to %s", issued.id, SmsGateway.masked(mobile));
        return new CodeSent(mobile, issued.expiresAt);
    }

    /**
     * Confirms the number with the account's latest pending code, compared in constant time. A
     * wrong code counts (the fifth locks it); every refusal is a 400 naming {@code code}.
     *
     * @return the time the number was confirmed
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public Instant confirm(CurrentPerson person, String rawCode, Language language) {
        IranianMobile mobile = numberOnRecord(person, language);
        String code = PersianText.normalizeNumeric(rawCode);
        code = code == null ? "" : code.strip();
        if (code.isEmpty()) {
            FieldChecks checks = new FieldChecks(language);
            checks.reject("code", ir.guild.registry.common.Invalid.REQUIRED);
            checks.throwIfInvalid();
        }
        if (!SIX_DIGITS.matcher(code).matches()) {
            throw refused("code", MobileCodeInvalid.CODE_FORMAT, language);
        }
        TransactionLocks.lock(em, "mobile-code:account:" + person.subject());
        Instant now = clock.instant();
        MobileCode latest = MobileCode.latestOf(person.subject())
                .orElseThrow(() -> refused("code", MobileCodeInvalid.NO_CODE, language));
        if (latest.status == MobileCodeStatus.LOCKED && latest.wrongAttempts >= MAX_WRONG_ATTEMPTS) {
            throw refused("code", MobileCodeInvalid.LOCKED, language);
        }
        if (latest.status != MobileCodeStatus.PENDING) {
            throw refused("code", MobileCodeInvalid.NO_CODE, language);
        }
        if (!latest.expiresAt.isAfter(now)) {
            throw refused("code", MobileCodeInvalid.EXPIRED, language);
        }
        if (!latest.mobile.equals(mobile.value())) {
            latest.status = MobileCodeStatus.REPLACED;
            throw refused("code", MobileCodeInvalid.NUMBER_CHANGED, language);
        }
        if (!hash.matches(latest.mobile, code, latest.codeHash)) {
            latest.wrongAttempts++;
            if (latest.wrongAttempts >= MAX_WRONG_ATTEMPTS) {
                latest.status = MobileCodeStatus.LOCKED;
                throw refused("code", MobileCodeInvalid.LOCKED, language);
            }
            throw refused("code", MobileCodeInvalid.WRONG, language, MAX_WRONG_ATTEMPTS - latest.wrongAttempts);
        }
        latest.status = MobileCodeStatus.VERIFIED;
        ContactChannels.orNew(person.subject()).verifyMobile(mobile.value(), now);
        audit.record(new AuditEvent(Actor.of(person), "contact.verify-mobile", "Account", person.subject(),
                "mobile " + SmsGateway.masked(mobile) + " confirmed by SMS code"));
        return now;
    }

    private MobileCode issue(String subject, IranianMobile mobile, String code) {
        // Two instances may take requests for the same account or number at once: counting and
        // writing under the same locks keeps the limits exact.
        TransactionLocks.lock(em, "mobile-code:account:" + subject);
        TransactionLocks.lock(em, "mobile-code:number:" + mobile.value());
        Instant now = clock.instant();
        long wait = 0;
        for (SlidingWindow window : List.of(PER_ACCOUNT_SHORT, PER_ACCOUNT_DAY)) {
            wait = Math.max(wait, window.retryAfter(MobileCode.sentByAccountSince(subject, window.since(now)), now));
        }
        for (SlidingWindow window : List.of(PER_NUMBER_HOUR, PER_NUMBER_DAY)) {
            wait = Math.max(wait, window.retryAfter(MobileCode.sentToNumberSince(mobile.value(), window.since(now)), now));
        }
        if (wait > 0) {
            LOG.infof("Mobile confirmation code to %s refused: sending limit reached", SmsGateway.masked(mobile));
            throw new TooManyRequests(wait);
        }
        for (MobileCode pending : MobileCode.pendingOf(subject)) {
            pending.status = MobileCodeStatus.REPLACED;
        }
        MobileCode issued = new MobileCode();
        issued.accountSubject = subject;
        issued.mobile = mobile.value();
        issued.codeHash = hash.of(mobile.value(), code);
        issued.createdAt = now;
        issued.expiresAt = now.plus(ttl);
        issued.status = MobileCodeStatus.PENDING;
        issued.persist();
        return issued;
    }

    private String newCode() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    /** The SMS, short and in the person's language; the code first so phones can offer to fill it in. */
    private String text(String code, Language language) {
        long minutes = Math.max(1, ttl.toMinutes());
        return language == Language.EN
                ? "Guild Registry code: " + code + "\nIt confirms your mobile and is valid for " + minutes
                        + " minutes. Do not share it."
                : "کد تأیید سامانه صنف: " + code + "\nبرای تأیید شماره همراه شما است و " + minutes
                        + " دقیقه اعتبار دارد. آن را به کسی ندهید.";
    }

    private static ProblemException refused(String field, MobileCodeInvalid reason, Language language,
            Object... arguments) {
        return ProblemException.invalid(field, reason.message(language, arguments));
    }
}
