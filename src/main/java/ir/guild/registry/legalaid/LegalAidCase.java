package ir.guild.registry.legalaid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import ir.guild.registry.common.DateRange;
import ir.guild.registry.reference.LegalAidCategory;

/**
 * A member's request for legal help. The member's account, name and language are copied when
 * the case is filed, so counsel read the case without reaching into the membership tables.
 */
@Entity
@Table(name = "legal_aid_case")
public class LegalAidCase extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The number people quote, such as {@code LA-1405-00042}. */
    @Column(name = "case_number", nullable = false, updatable = false)
    public String caseNumber;

    @Column(name = "member_id", nullable = false, updatable = false)
    public Long memberId;

    @Column(name = "account_subject", nullable = false, updatable = false)
    public String accountSubject;

    @Column(name = "member_name", nullable = false)
    public String memberName;

    /** The member's language, for the emails about this case. */
    @Column(nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LegalAidCategory category;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String description;

    @Column(name = "counterparty_name", nullable = false)
    public String counterpartyName;

    @Enumerated(EnumType.STRING)
    @Column(name = "counterparty_type", nullable = false)
    public CounterpartyType counterpartyType;

    /** In Rials; optional. */
    @Column(name = "amount_in_dispute")
    public BigDecimal amountInDispute;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_contact", nullable = false)
    public PreferredContact preferredContact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Column(name = "assigned_counsel_subject")
    public String assignedCounselSubject;

    @Column(name = "assigned_counsel_name")
    public String assignedCounselName;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The last Tehran day on which the desk's first response is on time. */
    @Column(name = "first_response_due", nullable = false, updatable = false)
    public LocalDate firstResponseDue;

    /** When the desk first answered the member; the SLA stops counting then. */
    @Column(name = "first_responded_at")
    public Instant firstRespondedAt;

    /** When the assigned counsel declared they have no conflict of interest in the case. */
    @Column(name = "conflict_declared_at")
    public Instant conflictDeclaredAt;

    @Column(name = "conflict_declared_by")
    public String conflictDeclaredBy;

    /** When the admins were told the first response is overdue; they are told once. */
    @Column(name = "overdue_alerted_at")
    public Instant overdueAlertedAt;

    @Version
    public int version;

    /** Everything an account filed, newest first, across any memberships it held. */
    public static List<LegalAidCase> ofAccount(String accountSubject) {
        return list("accountSubject", Sort.descending("createdAt", "id"), accountSubject);
    }

    /**
     * One page of case statistics, in filing order after {@code afterId}, for the cases filed in
     * {@code filed}. Only the figures are selected: a case's subject, description, counterparty,
     * member and messages never leave the table this way.
     */
    public static List<CaseFigures> figuresPage(DateRange filed, long afterId, int size) {
        StringBuilder where = new StringBuilder("id > :afterId");
        Parameters parameters = Parameters.with("afterId", afterId);
        if (filed.from() != null) {
            where.append(" and createdAt >= :start");
            parameters.and("start", filed.startInstant());
        }
        if (filed.to() != null) {
            where.append(" and createdAt < :end");
            parameters.and("end", filed.endInstant());
        }
        return find(where.toString(), Sort.ascending("id"), parameters).project(CaseFigures.class).page(0, size)
                .list();
    }
}
