package ir.guild.registry.membership;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hibernate.exception.ConstraintViolationException;

import ir.guild.registry.audit.Actor;
import ir.guild.registry.audit.AuditEvent;
import ir.guild.registry.audit.AuditLog;
import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.Invalid;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.KeycloakRoles;
import ir.guild.registry.identity.Role;
import ir.guild.registry.identity.RoleChange;
import ir.guild.registry.notify.ContactChannels;
import ir.guild.registry.reference.Grade;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.Language;

/**
 * Applications for membership, one method per transition: submit, resubmit after a
 * request for information, withdraw, and the admin's approve, reject or request-info.
 * Each writes its audit entry and queues its emails and Keycloak change in the same
 * transaction.
 */
@ApplicationScoped
@Transactional
public class ApplicationService {

    public static final String ENTITY = "Application";

    private final AuditLog audit;
    private final MembershipNumbers numbers;
    private final MembershipMails mails;
    private final KeycloakRoles roles;
    private final MembershipConfig config;
    private final EntityManager em;
    private final Clock clock = Clock.system(GuildClock.ZONE);

    ApplicationService(AuditLog audit, MembershipNumbers numbers, MembershipMails mails, KeycloakRoles roles,
            MembershipConfig config, EntityManager em) {
        this.audit = audit;
        this.numbers = numbers;
        this.mails = mails;
        this.roles = roles;
        this.config = config;
        this.em = em;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<Application> mine(CurrentPerson person) {
        return Application.latestOf(person.subject());
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<Application> find(long id) {
        return Optional.ofNullable(Application.findById(id));
    }

    @Transactional(TxType.SUPPORTS)
    public List<Application> queue(ApplicationStatus status, String search, int page, int size) {
        return Application.queue(status, search, page, size);
    }

    @Transactional(TxType.SUPPORTS)
    public long countQueue(ApplicationStatus status, String search) {
        return Application.countQueue(status, search);
    }

    public Application submit(CurrentPerson person, ApplicationForm form, Language language) {
        Application application = new Application();
        ApplicationChecks.apply(form, application, LocalDate.now(clock), language);
        if (Application.openExistsForAccount(person.subject()) || Member.currentOf(person.subject()).isPresent()) {
            throw ProblemException.conflict("This account already has an open application or a membership");
        }
        if (Application.openExistsForNationalId(application.nationalId)
                || Member.currentExistsForNationalId(application.nationalId)) {
            throw ProblemException.conflict("This national ID already has an open application or a membership");
        }
        application.accountSubject = person.subject();
        application.accountUsername = person.username();
        application.language = language.code();
        application.status = ApplicationStatus.SUBMITTED;
        application.submittedAt = Instant.now(clock);
        try {
            application.persistAndFlush();
        } catch (ConstraintViolationException e) {
            // A concurrent submission for the same person got in first.
            throw ProblemException.conflict("An open application or membership already exists for this person");
        }
        record(person, "application.submit", application, "status: SUBMITTED");
        // A new application (after a rejection or a withdrawal) may give another number.
        ContactChannels.numberOnRecordChanged(person.subject(), application.mobile, application.submittedAt);
        mails.received(application);
        return application;
    }

    /** Only while the guild has asked for more information: the corrected application goes back to the queue. */
    public Application resubmit(CurrentPerson person, ApplicationForm form, Language language) {
        Application application = openOf(person);
        if (application.status != ApplicationStatus.NEEDS_INFO) {
            throw ProblemException.conflict("An application can only be changed while more information is requested");
        }
        String nationalIdBefore = application.nationalId;
        String mobileBefore = application.mobile;
        ApplicationChecks.apply(form, application, LocalDate.now(clock), language);
        if (!application.nationalId.equals(nationalIdBefore)
                && (Application.count("nationalId = ?1 and status in ?2 and id <> ?3", application.nationalId,
                        ApplicationStatus.OPEN, application.id) > 0
                        || Member.currentExistsForNationalId(application.nationalId))) {
            throw ProblemException.conflict("This national ID already has an open application or a membership");
        }
        move(application, ApplicationStatus.SUBMITTED);
        application.language = language.code();
        application.submittedAt = Instant.now(clock);
        if (!application.mobile.equals(mobileBefore)) {
            ContactChannels.numberOnRecordChanged(person.subject(), application.mobile, application.submittedAt);
        }
        record(person, "application.resubmit", application, "status: NEEDS_INFO -> SUBMITTED");
        return application;
    }

    public Application withdraw(CurrentPerson person) {
        Application application = openOf(person);
        ApplicationStatus before = application.status;
        move(application, ApplicationStatus.WITHDRAWN);
        record(person, "application.withdraw", application, "status: " + before + " -> WITHDRAWN");
        return application;
    }

    /**
     * An admin's decision. The admin names the version they saw: if the application changed
     * since (another decision, a resubmission), nothing happens and the answer is 409.
     */
    public Application decide(long id, Decision decision, CurrentPerson admin, Language language) {
        FieldChecks checks = new FieldChecks(language);
        Decision.Kind kind = checks.code("decision", decision == null ? null : decision.decision(),
                Decision.Kind.class, true);
        if (decision == null || decision.version() == null) {
            checks.reject("version", Invalid.REQUIRED);
        }
        String reason = checks.text("reason", decision == null ? null : decision.reason(),
                kind == Decision.Kind.REJECT || kind == Decision.Kind.REQUEST_INFO, 2000);
        Grade grade = checks.code("grade", decision == null ? null : decision.grade(), Grade.class, false);
        checks.throwIfInvalid();

        Application application = em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw ProblemException.notFound("No such application");
        }
        if (application.version != decision.version()) {
            throw ProblemException.conflict("The application changed since you saw it (version "
                    + decision.version() + ", now " + application.version + "); reload it and decide again");
        }
        ApplicationStatus before = application.status;
        switch (kind) {
            case APPROVE -> {
                move(application, ApplicationStatus.APPROVED);
                application.decisionReason = reason;
                decided(application, admin);
                Member member = enrol(application, grade == null ? Grade.ASSOCIATE : grade);
                record(admin, "application.approve", application,
                        "status: " + before + " -> APPROVED; member " + member.membershipNumber + "; grade "
                                + member.grade);
                mails.approved(application, member);
            }
            case REJECT -> {
                move(application, ApplicationStatus.REJECTED);
                application.decisionReason = reason;
                decided(application, admin);
                record(admin, "application.reject", application, "status: " + before + " -> REJECTED");
                mails.rejected(application);
            }
            case REQUEST_INFO -> {
                move(application, ApplicationStatus.NEEDS_INFO);
                application.decisionReason = reason;
                decided(application, admin);
                record(admin, "application.request-info", application, "status: " + before + " -> NEEDS_INFO");
                mails.needsInfo(application);
            }
        }
        em.flush();
        return application;
    }

    private Member enrol(Application application, Grade grade) {
        LocalDate today = LocalDate.now(clock);
        Member member = new Member();
        member.membershipNumber = numbers.next(today);
        member.accountSubject = application.accountSubject;
        member.applicationId = application.id;
        member.language = application.language;
        member.fullName = application.fullName;
        member.fullNameLatin = application.fullNameLatin;
        member.nationalId = application.nationalId;
        member.email = application.email;
        member.mobile = application.mobile;
        member.province = application.province;
        member.city = application.city;
        member.specialties.addAll(application.specialties);
        member.grade = grade;
        member.status = Member.StoredStatus.ACTIVE;
        member.memberSince = today;
        member.validUntil = today.plus(config.validity());
        member.directoryListed = application.consentDirectory;
        member.persist();
        roles.queue(RoleChange.grant(member.accountSubject, Role.MEMBER));
        return member;
    }

    private Application openOf(CurrentPerson person) {
        return Application.latestOf(person.subject())
                .filter(application -> application.status.isOpen())
                .orElseThrow(() -> ProblemException.notFound("You have no open application"));
    }

    private static void move(Application application, ApplicationStatus target) {
        if (!application.status.canMoveTo(target)) {
            throw ProblemException.conflict("An application that is " + application.status + " cannot become "
                    + target);
        }
        application.status = target;
    }

    private void decided(Application application, CurrentPerson admin) {
        application.decidedAt = Instant.now(clock);
        application.decidedBy = admin.username();
    }

    private void record(CurrentPerson person, String action, Application application, String summary) {
        audit.record(new AuditEvent(Actor.of(person), action, ENTITY, application.id.toString(), summary));
    }
}
