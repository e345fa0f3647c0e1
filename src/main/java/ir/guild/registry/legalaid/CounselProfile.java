package ir.guild.registry.legalaid;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/**
 * A counsel as the legal-aid desk knows them: their account, name and email as Keycloak last
 * told, and the employer (or firm) they declared, against which every case's counterparty is
 * checked before they take it. Written when a counsel first uses the desk.
 */
@Entity
@Table(name = "counsel_profile")
public class CounselProfile extends PanacheEntityBase {

    @Id
    @Column(name = "account_subject")
    public String accountSubject;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String email;

    /** Who the counsel works for besides the guild; null when they declared none. */
    public String employer;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Every counsel who used the desk, by name: whom an admin can assign a case to. */
    public static List<CounselProfile> known() {
        return listAll(Sort.ascending("displayName", "accountSubject"));
    }
}
