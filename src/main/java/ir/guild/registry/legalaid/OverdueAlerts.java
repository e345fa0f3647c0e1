package ir.guild.registry.legalaid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RoleResource;
import org.keycloak.representations.idm.UserRepresentation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import ir.guild.registry.audit.Actor;
import ir.guild.registry.audit.AuditEvent;
import ir.guild.registry.audit.AuditLog;
import ir.guild.registry.identity.Role;
import ir.guild.registry.mail.MailDelivery;
import ir.guild.registry.mail.OutgoingMail;
import ir.guild.registry.notify.Notice;
import ir.guild.registry.notify.Notifications;
import ir.guild.registry.outbox.Outbox;
import ir.guild.registry.outbox.OutboxHandler;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.Language;

/**
 * Tells the admins, once per case, that nobody answered a member in time: an open case whose
 * first response is still missing after the end of its due day ({@link WorkingDays#endOf}).
 *
 * <p>Every instance runs the check. A case is claimed by one atomic update that sets
 * {@code overdue_alerted_at} only where it is still empty, so whichever instance updates the
 * row first reports it and the others skip it; the alert is put in the outbox in that same
 * transaction and audited there.
 *
 * <p>The alert names its recipients when it is delivered: every Keycloak user holding the
 * realm role {@code admin} directly and having an email (when the admin client is enabled), and
 * the addresses of {@code guild.legal-aid.alert-addresses}. Each gets a small mail of their own,
 * sent straight through the mailer. Should sending fail half-way, the outbox retries the whole
 * alert, and the recipients already reached get it a second time: a repeated alert is better
 * than a lost one. An alert says which case is late and where to find it, never what the case
 * is about.
 *
 * <p>Once every mail went out, the admins (whose Keycloak user id is their account) also get
 * the alert's short line by SMS and messenger where they chose those channels, through
 * {@link Notifications#sendBesideEmail}: each of those is an outbox message of its own, queued
 * once per delivered alert. The configured addresses have no account and get the mail only.
 */
@ApplicationScoped
public class OverdueAlerts implements OutboxHandler<OverdueAlerts.Alert> {

    public static final String KIND = "legal-aid.overdue-alert";
    static final String JOB = "legal-aid-overdue";

    /** The outbox payload: the case is read again when the alert goes out. */
    public record Alert(long caseId) {
    }

    /**
     * Someone the alert goes to, in their language; {@code accountSubject} is the Keycloak user id
     * of an admin, null for a configured address.
     */
    record Recipient(String address, Language language, String accountSubject) {

        Recipient(String address, Language language) {
            this(address, language, null);
        }
    }

    private static final Logger LOG = Logger.getLogger(OverdueAlerts.class);
    private static final int ADMINS_PAGE = 100;

    // A first response is late once the end of its due day passed (WorkingDays.endOf): from the
    // following Tehran day on, that is when the due day is before today.
    static final String CLAIM = """
            update legal_aid_case set overdue_alerted_at = now()
             where status in (%s)
               and first_responded_at is null
               and overdue_alerted_at is null
               and first_response_due < cast(?1 as date)
            returning id""".formatted(CaseStatus.OPEN.stream().map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", ")));

    private final EntityManager em;
    private final Outbox outbox;
    private final AuditLog audit;
    private final MailDelivery mail;
    private final Notifications notifications;
    private final Instance<Keycloak> keycloak;
    private final LegalAidConfig config;
    private final String realm;
    private final String publicUrl;

    OverdueAlerts(EntityManager em, Outbox outbox, AuditLog audit, MailDelivery mail, Notifications notifications,
            Instance<Keycloak> keycloak, LegalAidConfig config,
            @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm,
            @ConfigProperty(name = "guild.public-url") String publicUrl) {
        this.em = em;
        this.outbox = outbox;
        this.audit = audit;
        this.mail = mail;
        this.notifications = notifications;
        this.keycloak = keycloak;
        this.config = config;
        this.realm = realm;
        this.publicUrl = publicUrl;
    }

    @Scheduled(identity = JOB, every = "${guild.legal-aid.overdue-check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        alertOverdue(Instant.now());
    }

    /**
     * Claims every case that became overdue by {@code now} and was not reported yet, queues its
     * alert and audits it; returns how many.
     */
    @Transactional
    public int alertOverdue(Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> claimed = em.createNativeQuery(CLAIM)
                .setParameter(1, LocalDate.ofInstant(now, GuildClock.ZONE)).getResultList();
        for (Number id : claimed) {
            LegalAidCase legalCase = LegalAidCase.findById(id.longValue());
            outbox.enqueue(KIND, new Alert(legalCase.id));
            audit.record(new AuditEvent(Actor.system(JOB), "legal-aid-case.overdue-alert", CaseLog.ENTITY,
                    legalCase.id.toString(), "first response due " + legalCase.firstResponseDue + " not given while "
                            + legalCase.status + "; alert to the admins queued"));
        }
        if (!claimed.isEmpty()) {
            LOG.infof("Queued overdue alerts for %d legal-aid cases", claimed.size());
        }
        return claimed.size();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Alert> payloadType() {
        return Alert.class;
    }

    @Override
    public void deliver(Alert alert, long messageId) {
        Optional<LegalAidCase> found = QuarkusTransaction.requiringNew()
                .call(() -> LegalAidCase.<LegalAidCase>findByIdOptional(alert.caseId()));
        if (found.isEmpty()) {
            return;
        }
        LegalAidCase legalCase = found.get();
        // Answered or ended between the claim and now: the alert would no longer be true.
        if (legalCase.firstRespondedAt != null || !legalCase.status.isOpen()) {
            LOG.infof("Overdue alert for legal-aid case %s dropped: it is %s%s", legalCase.caseNumber,
                    legalCase.status, legalCase.firstRespondedAt == null ? "" : " and answered");
            return;
        }
        tell(legalCase, recipients(), messageId);
    }

    /** Mails every recipient the alert, then queues its short line for those with an account. */
    void tell(LegalAidCase legalCase, List<Recipient> recipients, long messageId) {
        if (recipients.isEmpty()) {
            LOG.warnf("Legal-aid case %s is overdue, but no admin has an email and guild.legal-aid.alert-addresses "
                    + "is empty: nobody was told", legalCase.caseNumber);
            return;
        }
        for (Recipient recipient : recipients) {
            mail.deliver(mail(legalCase, recipient), messageId);
        }
        List<Notice> beside = recipients.stream().filter(recipient -> recipient.accountSubject() != null)
                .map(recipient -> notice(legalCase, recipient)).toList();
        if (!beside.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> beside.forEach(notifications::sendBesideEmail));
        }
    }

    /** Everyone the alert goes to now: the admins (when the admin client is enabled) and the configured addresses. */
    List<Recipient> recipients() {
        return recipients(keycloak.isResolvable() ? admins() : List.of(), config.alertAddresses().orElse(List.of()));
    }

    /** The users holding the realm role {@code admin} themselves (not through a group or a composite role). */
    private List<UserRepresentation> admins() {
        RoleResource role = keycloak.get().realm(realm).roles().get(Role.ADMIN.realmRole());
        List<UserRepresentation> admins = new ArrayList<>();
        for (int first = 0;; first += ADMINS_PAGE) {
            // The full representation, for the language the admin chose.
            List<UserRepresentation> page = role.getUserMembers(false, first, ADMINS_PAGE);
            admins.addAll(page);
            if (page.size() < ADMINS_PAGE) {
                return admins;
            }
        }
    }

    /** The enabled admins with an email, then the configured addresses, each address once. */
    static List<Recipient> recipients(List<UserRepresentation> admins, List<String> addresses) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        for (UserRepresentation admin : admins) {
            if (!Boolean.FALSE.equals(admin.isEnabled()) && admin.getEmail() != null && !admin.getEmail().isBlank()) {
                add(byAddress, new Recipient(admin.getEmail().strip(), language(admin), admin.getId()));
            }
        }
        for (String address : addresses) {
            if (!address.isBlank()) {
                add(byAddress, new Recipient(address.strip(), Language.DEFAULT));
            }
        }
        return List.copyOf(byAddress.values());
    }

    private static void add(Map<String, Recipient> byAddress, Recipient recipient) {
        byAddress.putIfAbsent(recipient.address().toLowerCase(Locale.ROOT), recipient);
    }

    /** The language an admin chose on the Keycloak login page, Persian otherwise. */
    private static Language language(UserRepresentation user) {
        Map<String, List<String>> attributes = user.getAttributes();
        List<String> locale = attributes == null ? null : attributes.get("locale");
        return locale == null || locale.isEmpty() ? Language.DEFAULT
                : Language.fromCode(locale.get(0)).orElse(Language.DEFAULT);
    }

    /** The alert as a notice: its short line names the late case and links to it, nothing more. */
    Notice notice(LegalAidCase legalCase, Recipient recipient) {
        OutgoingMail mail = mail(legalCase, recipient);
        return new Notice(new ir.guild.registry.notify.Recipient(recipient.accountSubject(), recipient.address(),
                recipient.language()), mail.subject(), mail.text(),
                LegalAidMails.texts(recipient.language()).overdue_short(legalCase.caseNumber), counselPage(legalCase));
    }

    private String counselPage(LegalAidCase legalCase) {
        return publicUrl + "/counsel/cases/" + legalCase.id;
    }

    OutgoingMail mail(LegalAidCase legalCase, Recipient recipient) {
        Language language = recipient.language();
        LegalAidMailTexts text = LegalAidMails.texts(language);
        String counsel = legalCase.assignedCounselName == null ? text.unassigned() : legalCase.assignedCounselName;
        String body = text.overdue_body(legalCase.caseNumber, legalCase.category.label(language.locale()),
                LegalAidMails.terms(language).urgency(legalCase.urgency), LegalAidMails.date(legalCase.createdAt, language),
                LegalAidMails.date(legalCase.firstResponseDue, language), counsel, counselPage(legalCase));
        return new OutgoingMail(recipient.address(), text.overdue_subject(legalCase.caseNumber), null, body);
    }
}
