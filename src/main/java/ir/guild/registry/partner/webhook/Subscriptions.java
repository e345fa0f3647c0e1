package ir.guild.registry.partner.webhook;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ir.guild.registry.audit.Actor;
import ir.guild.registry.audit.AuditEvent;
import ir.guild.registry.audit.AuditLog;
import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.Invalid;
import ir.guild.registry.common.PageOf;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.identity.Role;
import ir.guild.registry.partner.PartnerFirm;
import ir.guild.registry.partner.PartnerVerifications;
import ir.guild.registry.partner.ShareCode;
import ir.guild.registry.partner.VerificationRequest;
import ir.guild.registry.web.Language;

/**
 * A firm's subscriptions. Making one is a verification (and logged as one, so the member sees
 * it): an unknown number, a wrong, expired or revoked code and another member's code all answer
 * the same 404, as they all answer {@code verified: false} to a verification. Another firm's
 * subscription does not exist for a firm (404).
 */
@ApplicationScoped
@Transactional
public class Subscriptions {

    public static final String ENTITY = "PartnerSubscription";
    public static final String NO_MATCH = "No membership matches this number and share code";

    /** A subscription as its firm sees it, with its status now. */
    public record Seen(PartnerSubscription subscription, SubscriptionStatus status) {
    }

    private final PartnerVerifications verifications;
    private final WebhookConfig config;
    private final AuditLog audit;

    Subscriptions(PartnerVerifications verifications, WebhookConfig config, AuditLog audit) {
        this.verifications = verifications;
        this.config = config;
        this.audit = audit;
    }

    /** A refused subscription still leaves its verification in the member's log: only the 404 is thrown. */
    @Transactional(dontRollbackOn = ProblemException.class)
    public Seen subscribe(PartnerFirm firm, SubscriptionForm form, Language language) {
        FieldChecks checks = new FieldChecks(language);
        if (form == null) {
            checks.reject("membershipNumber", Invalid.REQUIRED);
            checks.reject("shareCode", Invalid.REQUIRED);
            checks.reject("callbackUrl", Invalid.REQUIRED);
            checks.throwIfInvalid();
        }
        String callbackUrl = CallbackUrls.check(checks, "callbackUrl", form.callbackUrl(), config.requireHttps());
        checks.text("membershipNumber", form.membershipNumber(), true, 64);
        checks.text("shareCode", form.shareCode(), true, 64);
        checks.throwIfInvalid();

        PartnerVerifications.Verified verified = verifications
                .verify(firm.id, new VerificationRequest(form.membershipNumber(), form.shareCode()), language)
                .orElseThrow(() -> ProblemException.notFound(NO_MATCH));
        PartnerSubscription subscription = new PartnerSubscription();
        subscription.firm = firm;
        subscription.memberId = verified.member().id();
        subscription.membershipNumber = verified.member().membershipNumber();
        subscription.shareCode = ShareCode.findById(verified.shareCodeId());
        subscription.callbackUrl = callbackUrl;
        subscription.createdAt = Instant.now();
        subscription.persistAndFlush();
        audit.record(new AuditEvent(actor(firm), "partner-subscription.create", ENTITY, subscription.id.toString(),
                "partner " + firm.clientId + " subscribed to member " + subscription.membershipNumber
                        + " with the code ending " + subscription.shareCode.hint + ", scope "
                        + subscription.shareCode.scope));
        return seen(subscription);
    }

    @Transactional(TxType.SUPPORTS)
    public PageOf<Seen> mine(PartnerFirm firm, Integer page, Integer size) {
        int pageNumber = PageOf.boundedPage(page);
        int pageSize = PageOf.boundedSize(size);
        return new PageOf<>(PartnerSubscription.ofFirm(firm, pageNumber, pageSize).stream().map(Subscriptions::seen)
                .toList(), pageNumber, pageSize, PartnerSubscription.countOfFirm(firm));
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<Seen> find(PartnerFirm firm, long id) {
        return PartnerSubscription.ofFirm(firm, id).map(Subscriptions::seen);
    }

    /** The firm cancels its subscription: no call is made for it from now on, queued ones included. */
    public void cancel(PartnerFirm firm, long id) {
        PartnerSubscription subscription = PartnerSubscription.ofFirm(firm, id).orElseThrow(() -> notFound(id));
        PartnerSubscription.getEntityManager().lock(subscription, LockModeType.PESSIMISTIC_WRITE);
        if (subscription.cancelledAt != null) {
            throw notFound(id);
        }
        subscription.cancelledAt = Instant.now();
        audit.record(new AuditEvent(actor(firm), "partner-subscription.cancel", ENTITY, subscription.id.toString(),
                "partner " + firm.clientId + " cancelled its subscription to member " + subscription.membershipNumber));
    }

    /** The attempts to deliver the subscription's events, newest first. */
    @Transactional(TxType.SUPPORTS)
    public PageOf<WebhookDelivery> deliveries(PartnerFirm firm, long id, Integer page, Integer size) {
        PartnerSubscription subscription = PartnerSubscription.ofFirm(firm, id).orElseThrow(() -> notFound(id));
        int pageNumber = PageOf.boundedPage(page);
        int pageSize = PageOf.boundedSize(size);
        return new PageOf<>(WebhookDelivery.ofSubscription(subscription.id, pageNumber, pageSize), pageNumber,
                pageSize, WebhookDelivery.countOfSubscription(subscription.id));
    }

    private static Seen seen(PartnerSubscription subscription) {
        return new Seen(subscription, subscription.statusAt(Instant.now()));
    }

    private static Actor actor(PartnerFirm firm) {
        return new Actor(firm.clientId, Role.PARTNER.realmRole());
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("You have no subscription " + id);
    }
}
