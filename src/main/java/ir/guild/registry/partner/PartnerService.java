package ir.guild.registry.partner;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.panache.common.Page;

import ir.guild.registry.audit.Actor;
import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.audit.AuditEvent;
import ir.guild.registry.audit.AuditLog;
import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.Invalid;
import ir.guild.registry.common.NationalCompanyId;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.web.Language;

/**
 * The admins' side of partner firms, one method per transition: register a firm (with its
 * Keycloak client), suspend it, reactivate it, rotate its secret. Each writes its audit entry in
 * the same transaction; a secret goes back to the admin once and is never stored or audited.
 */
@ApplicationScoped
@Transactional
public class PartnerService {

    public static final String ENTITY = "PartnerFirm";
    public static final String CLIENT_PREFIX = "partner-";
    public static final int NAME_MAX = 200;
    /** Registrations are rare: they take turns, so two of one firm cannot both reach Keycloak. */
    static final long REGISTRATION_LOCK = 0x706172746e6572L;

    private final PartnerClients clients;
    private final PartnerClientSync sync;
    private final AuditLog audit;
    private final EntityManager em;

    PartnerService(PartnerClients clients, PartnerClientSync sync, AuditLog audit, EntityManager em) {
        this.clients = clients;
        this.sync = sync;
        this.audit = audit;
        this.em = em;
    }

    /** A firm with the secret its client was just given: shown to the admin once, never again. */
    public record WithSecret(PartnerFirm firm, String clientSecret) {

        @Override
        public String toString() {
            return "WithSecret[firm=" + firm.id + ", clientSecret=***]";
        }
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<PartnerFirm> find(long id) {
        return PartnerFirm.findByIdOptional(id);
    }

    @Transactional(TxType.SUPPORTS)
    public List<PartnerFirm> list(int page, int size) {
        return PartnerFirm.newestFirst().page(Page.of(page, size)).list();
    }

    @Transactional(TxType.SUPPORTS)
    public long count() {
        return PartnerFirm.count();
    }

    @Transactional(TxType.SUPPORTS)
    public List<AuditEntry> history(PartnerFirm firm) {
        return audit.historyOf(ENTITY, firm.id.toString());
    }

    /**
     * Registers a firm: its Keycloak client is made first, so Keycloak being unreachable (503)
     * leaves nothing behind in the registry. A firm's national company ID is registered once (409).
     */
    public WithSecret register(PartnerForm form, CurrentPerson admin, Language language) {
        FieldChecks checks = new FieldChecks(language);
        String name = checks.text("name", form == null ? null : form.name(), true, NAME_MAX);
        NationalCompanyId companyId = checks.parsed("nationalCompanyId", form == null ? null : form.nationalCompanyId(),
                NationalCompanyId::parse, PartnerInvalid.COMPANY_ID);
        String email = checks.email("contactEmail", form == null ? null : form.contactEmail(), true);
        checks.throwIfInvalid();

        em.createNativeQuery("select cast(pg_advisory_xact_lock(?1) as text)").setParameter(1, REGISTRATION_LOCK)
                .getSingleResult();
        if (PartnerFirm.byNationalCompanyId(companyId.value()).isPresent()) {
            throw ProblemException.conflict("A partner firm with national company ID " + companyId
                    + " is already registered");
        }
        String clientId = CLIENT_PREFIX + companyId.value();
        PartnerClients.Credentials credentials = clients.create(clientId, name);

        PartnerFirm firm = new PartnerFirm();
        firm.name = name;
        firm.nationalCompanyId = companyId.value();
        firm.contactEmail = email;
        firm.clientId = clientId;
        firm.status = PartnerStatus.ACTIVE;
        firm.createdAt = Instant.now();
        firm.updatedAt = firm.createdAt;
        firm.persistAndFlush();
        record(admin, "partner.register", firm, "name: " + name + "; nationalCompanyId: " + companyId
                + "; contactEmail: " + email + "; clientId: " + clientId + "; status: ACTIVE");
        return new WithSecret(firm, credentials.secret());
    }

    /** The API's status change: SUSPENDED or ACTIVE, with the version the admin saw. */
    public PartnerFirm changeStatus(long id, PartnerStatusChange change, CurrentPerson admin, Language language) {
        FieldChecks checks = new FieldChecks(language);
        PartnerStatus target = checks.code("status", change == null ? null : change.status(), PartnerStatus.class,
                true);
        if (change == null || change.version() == null) {
            checks.reject("version", Invalid.REQUIRED);
        }
        checks.throwIfInvalid();
        return target == PartnerStatus.SUSPENDED ? suspend(id, change.version(), admin)
                : reactivate(id, change.version(), admin);
    }

    /** The firm's calls are refused from now on, and its Keycloak client is disabled through the outbox. */
    public PartnerFirm suspend(long id, Integer version, CurrentPerson admin) {
        return move(id, version, admin, PartnerStatus.ACTIVE, PartnerStatus.SUSPENDED, "partner.suspend");
    }

    /** The firm may call again, and its Keycloak client is enabled through the outbox. */
    public PartnerFirm reactivate(long id, Integer version, CurrentPerson admin) {
        return move(id, version, admin, PartnerStatus.SUSPENDED, PartnerStatus.ACTIVE, "partner.reactivate");
    }

    /**
     * Gives the firm's client a new secret in Keycloak; the old one stops working at once. Keycloak
     * being unreachable is answered with 503 and changes nothing.
     */
    public WithSecret rotateSecret(long id, Integer version, CurrentPerson admin) {
        PartnerFirm firm = lockedForChange(id, version);
        PartnerClients.Credentials credentials = clients.regenerateSecret(firm.clientId);
        firm.updatedAt = Instant.now();
        record(admin, "partner.rotate-secret", firm, "clientId: " + firm.clientId + "; secret replaced");
        return new WithSecret(flushed(firm), credentials.secret());
    }

    private PartnerFirm move(long id, Integer version, CurrentPerson admin, PartnerStatus from, PartnerStatus to,
            String action) {
        PartnerFirm firm = lockedForChange(id, version);
        if (firm.status != from) {
            throw ProblemException.conflict("A partner firm that is " + firm.status + " cannot become " + to);
        }
        firm.status = to;
        firm.updatedAt = Instant.now();
        record(admin, action, firm, "status: " + from + " -> " + to);
        sync.queue(firm);
        return flushed(firm);
    }

    /** The firm's row, locked until the transaction ends; refused if the admin saw an older version. */
    private static PartnerFirm lockedForChange(long id, Integer version) {
        PartnerFirm firm = PartnerFirm.<PartnerFirm>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("No such partner firm"));
        if (version != null && firm.version != version) {
            throw ProblemException.conflict("The partner firm changed since you saw it (version " + version
                    + ", now " + firm.version + "); reload it and try again");
        }
        return firm;
    }

    /** Written now, so the answer carries the new version. */
    private static PartnerFirm flushed(PartnerFirm firm) {
        PartnerFirm.getEntityManager().flush();
        return firm;
    }

    private void record(CurrentPerson admin, String action, PartnerFirm firm, String summary) {
        audit.record(new AuditEvent(Actor.of(admin), action, ENTITY, firm.id.toString(), summary));
    }
}
