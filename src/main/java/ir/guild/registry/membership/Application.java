package ir.guild.registry.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import ir.guild.registry.common.DateRange;
import ir.guild.registry.reference.EducationLevel;
import ir.guild.registry.reference.EmploymentStatus;
import ir.guild.registry.reference.Province;
import ir.guild.registry.reference.Specialty;

/** A person's application for membership, as submitted and as decided. */
@Entity
@Table(name = "membership_application")
public class Application extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_subject", nullable = false, updatable = false)
    public String accountSubject;

    @Column(name = "account_username", nullable = false, updatable = false)
    public String accountUsername;

    /** The language the applicant used, for the emails they receive. */
    @Column(nullable = false)
    public String language;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "full_name_latin", nullable = false)
    public String fullNameLatin;

    @Column(name = "national_id", nullable = false)
    public String nationalId;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(nullable = false)
    public String email;

    @Column(nullable = false)
    public String mobile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Province province;

    @Column(nullable = false)
    public String city;

    @Enumerated(EnumType.STRING)
    @Column(name = "education_level", nullable = false)
    public EducationLevel educationLevel;

    @Column(name = "field_of_study")
    public String fieldOfStudy;

    @Column(name = "years_of_experience", nullable = false)
    public int yearsOfExperience;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "membership_application_specialty", joinColumns = @JoinColumn(name = "application_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "specialty", nullable = false)
    public Set<Specialty> specialties = EnumSet.noneOf(Specialty.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_status", nullable = false)
    public EmploymentStatus employmentStatus;

    public String employer;

    @Column(name = "portfolio_url")
    public String portfolioUrl;

    public String motivation;

    @Column(name = "consent_terms", nullable = false)
    public boolean consentTerms;

    @Column(name = "consent_privacy", nullable = false)
    public boolean consentPrivacy;

    @Column(name = "consent_directory", nullable = false)
    public boolean consentDirectory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Version
    public int version;

    /** The account's most recent application, open or not. */
    public static Optional<Application> latestOf(String accountSubject) {
        return find("accountSubject", Sort.descending("submittedAt", "id"), accountSubject).firstResultOptional();
    }

    public static boolean openExistsForNationalId(String nationalId) {
        return count("nationalId = ?1 and status in ?2", nationalId, ApplicationStatus.OPEN) > 0;
    }

    public static boolean openExistsForAccount(String accountSubject) {
        return count("accountSubject = ?1 and status in ?2", accountSubject, ApplicationStatus.OPEN) > 0;
    }

    /** Of the given national IDs, those that have an open application. */
    public static Set<String> nationalIdsWithOpenApplication(Collection<String> nationalIds) {
        return nationalIds.isEmpty() ? Set.of()
                : Set.copyOf(find("select nationalId from Application where nationalId in ?1 and status in ?2",
                        nationalIds, ApplicationStatus.OPEN).project(String.class).list());
    }

    /** Of the given accounts, those that have an open application. */
    public static Set<String> accountsWithOpenApplication(Collection<String> accountSubjects) {
        return accountSubjects.isEmpty() ? Set.of()
                : Set.copyOf(find("select accountSubject from Application where accountSubject in ?1 and status in ?2",
                        accountSubjects, ApplicationStatus.OPEN).project(String.class).list());
    }

    /** The admins' queue: oldest first, filtered by status and by a search in name, national ID or email. */
    public static List<Application> queue(ApplicationStatus status, String search, int page, int size) {
        return queueQuery(status, search).page(Page.of(page, size)).list();
    }

    public static long countQueue(ApplicationStatus status, String search) {
        return queueQuery(status, search).count();
    }

    private static io.quarkus.hibernate.orm.panache.PanacheQuery<Application> queueQuery(ApplicationStatus status,
            String search) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (search != null && !search.isBlank()) {
            where.append(" and (lower(fullName) like :q or lower(fullNameLatin) like :q or nationalId = :exact"
                    + " or lower(email) = :exact)");
            parameters.and("q", "%" + search.toLowerCase() + "%").and("exact", search.toLowerCase());
        }
        return find(where.toString(), Sort.ascending("submittedAt", "id"), parameters);
    }

    /** One page of a report, in filing order after {@code afterId}: the status and filing days an admin chose. */
    public static List<Application> reportPage(ApplicationStatus status, DateRange submitted, long afterId,
            int size) {
        StringBuilder where = new StringBuilder("id > :afterId");
        Parameters parameters = Parameters.with("afterId", afterId);
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (submitted.from() != null) {
            where.append(" and submittedAt >= :start");
            parameters.and("start", submitted.startInstant());
        }
        if (submitted.to() != null) {
            where.append(" and submittedAt < :end");
            parameters.and("end", submitted.endInstant());
        }
        return find(where.toString(), Sort.ascending("id"), parameters).page(0, size).list();
    }
}
