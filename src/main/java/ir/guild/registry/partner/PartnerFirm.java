package ir.guild.registry.partner;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/** A firm registered with the guild to verify members, with its Keycloak client. */
@Entity
@Table(name = "partner_firm")
public class PartnerFirm extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    /** The firm's 11-digit national ID (شناسه ملی). */
    @Column(name = "national_company_id", nullable = false, updatable = false)
    public String nationalCompanyId;

    @Column(name = "contact_email", nullable = false)
    public String contactEmail;

    /** The firm's confidential client in the guild's Keycloak realm. */
    @Column(name = "client_id", nullable = false, updatable = false)
    public String clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartnerStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    /**
     * The firm whose Keycloak client this is. Client ids are compared without case: Keycloak
     * names a client's service account after it in lower case.
     */
    public static Optional<PartnerFirm> byClientId(String clientId) {
        return find("lower(clientId) = ?1", clientId.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    public static Optional<PartnerFirm> byNationalCompanyId(String nationalCompanyId) {
        return find("nationalCompanyId", nationalCompanyId).firstResultOptional();
    }

    /** Every registered firm, suspended ones too, newest first: the admins' list. */
    public static PanacheQuery<PartnerFirm> newestFirst() {
        return findAll(Sort.descending("createdAt", "id"));
    }

    /** Every registered firm, suspended ones too, by name. */
    public static List<PartnerFirm> registered() {
        return listAll(Sort.ascending("name", "id"));
    }
}
