package ir.guild.registry.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Locale;
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
import jakarta.persistence.TypedQuery;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Generated;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import ir.guild.registry.reference.Grade;
import ir.guild.registry.reference.Province;
import ir.guild.registry.reference.Specialty;

/** A member of the guild, created when an application is approved. */
@Entity
@Table(name = "member")
public class Member extends PanacheEntityBase {

    /** The statuses stored in the database; EXPIRED is derived. */
    public enum StoredStatus {
        ACTIVE, SUSPENDED, REVOKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "membership_number", nullable = false, updatable = false)
    public String membershipNumber;

    @Column(name = "account_subject", nullable = false)
    public String accountSubject;

    @Column(name = "application_id", updatable = false)
    public Long applicationId;

    @Column(nullable = false)
    public String language;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "full_name_latin", nullable = false)
    public String fullNameLatin;

    @Column(name = "national_id", nullable = false)
    public String nationalId;

    @Column(nullable = false)
    public String email;

    @Column(nullable = false)
    public String mobile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Province province;

    @Column(nullable = false)
    public String city;

    /** Read with the member; for a page of members, in one query for the whole page. */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "member_specialty", joinColumns = @JoinColumn(name = "member_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "specialty", nullable = false)
    public Set<Specialty> specialties = EnumSet.noneOf(Specialty.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Grade grade;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StoredStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "member_since", nullable = false)
    public LocalDate memberSince;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @Column(name = "directory_listed", nullable = false)
    public boolean directoryListed;

    /** This membership's position in the guild's credential status lists, given by PostgreSQL on insert. */
    @Generated
    @Column(name = "status_index", insertable = false, updatable = false)
    public Long statusIndex;

    @Version
    public int version;

    /** The status as of {@code today}: an active membership past its validity is expired. */
    public MemberStatus statusOn(LocalDate today) {
        return MemberStatus.of(status, validUntil, today);
    }

    public static Optional<Member> byNumber(String membershipNumber) {
        return find("membershipNumber", membershipNumber).firstResultOptional();
    }

    /**
     * The admins' register, newest membership numbers first. EXPIRED is worked out in the
     * query from {@code validUntil} and {@code today}, the same way {@link #statusOn} does.
     */
    public static PanacheQuery<Member> register(MemberSearch search, LocalDate today) {
        MemberFilter.Condition condition = registerCondition(search, today);
        return find(condition.where(), Sort.descending("membershipNumber"), condition.parameters());
    }

    /** A member {@link #register} finds, by id and membership number only. */
    public record Match(Long id, String membershipNumber) {
    }

    /**
     * At most {@code limit} of the members {@link #register} finds, in no particular order:
     * PostgreSQL stops after that many instead of reading every match of a common name part. Fewer
     * than {@code limit} are all of them, and then a page of them needs no second search.
     */
    public static List<Match> registerMatchesUpTo(MemberSearch search, LocalDate today, int limit) {
        MemberFilter.Condition condition = registerCondition(search, today);
        TypedQuery<Match> query = getEntityManager().createQuery(
                "select id, membershipNumber from Member where " + condition.where(), Match.class);
        condition.parameters().map().forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /** The members with these ids, in the order of the ids. */
    public static List<Member> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Member> byId = new HashMap<>();
        for (Member member : Member.<Member> list("id in ?1", ids)) {
            byId.put(member.id, member);
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static MemberFilter.Condition registerCondition(MemberSearch search, LocalDate today) {
        return new MemberFilter(search.status(), search.grade(), search.province(), search.text()).condition(today);
    }

    /** The account's membership, unless it was revoked. */
    public static Optional<Member> currentOf(String accountSubject) {
        return find("accountSubject = ?1 and status <> ?2", accountSubject, StoredStatus.REVOKED)
                .firstResultOptional();
    }

    /**
     * The public directory: members who opted in and are active on {@code today}. Expiry is decided
     * in the query, from the same rule as {@link #statusOn}, so an expired member drops out of the
     * list and out of the count the day their validity passes. Names match case-insensitively,
     * Persian or Latin; {@code search} is expected normalised already.
     */
    public static List<Member> listed(String search, Specialty specialty, Province province, LocalDate today,
            int page, int size) {
        return listedQuery(search, specialty, province, today).page(Page.of(page, size)).list();
    }

    public static long countListed(String search, Specialty specialty, Province province, LocalDate today) {
        return listedQuery(search, specialty, province, today).count();
    }

    private static PanacheQuery<Member> listedQuery(String search, Specialty specialty, Province province,
            LocalDate today) {
        StringBuilder where = new StringBuilder(
                "directoryListed = true and status = :active and validUntil >= :today");
        Parameters parameters = Parameters.with("active", StoredStatus.ACTIVE).and("today", today);
        if (search != null && !search.isEmpty()) {
            where.append(" and (lower(fullName) like :name escape '\\'")
                    .append(" or lower(fullNameLatin) like :name escape '\\')");
            parameters.and("name", "%" + likeLiteral(search.toLowerCase(Locale.ROOT)) + "%");
        }
        if (specialty != null) {
            where.append(" and :specialty member of specialties");
            parameters.and("specialty", specialty);
        }
        if (province != null) {
            where.append(" and province = :province");
            parameters.and("province", province);
        }
        return find(where.toString(), Sort.ascending("fullName", "id"), parameters);
    }

    /** Searches for what was typed: {@code %} and {@code _} are letters here, not wildcards. */
    static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public static boolean currentExistsForNationalId(String nationalId) {
        return count("nationalId = ?1 and status <> ?2", nationalId, StoredStatus.REVOKED) > 0;
    }

    /** Of the given national IDs, those that already have a membership that was not revoked. */
    public static Set<String> nationalIdsWithCurrentMembership(Collection<String> nationalIds) {
        return nationalIds.isEmpty() ? Set.of()
                : Set.copyOf(find("select nationalId from Member where nationalId in ?1 and status <> ?2",
                        nationalIds, StoredStatus.REVOKED).project(String.class).list());
    }

    /** Of the given accounts, those that already hold a membership that was not revoked. */
    public static Set<String> accountsWithCurrentMembership(Collection<String> accountSubjects) {
        return accountSubjects.isEmpty() ? Set.of()
                : Set.copyOf(find("select accountSubject from Member where accountSubject in ?1 and status <> ?2",
                        accountSubjects, StoredStatus.REVOKED).project(String.class).list());
    }

    /**
     * The registry in id order, one page after {@code afterId}: keyset pagination keeps the
     * last page as cheap as the first, however large the registry.
     */
    public static List<RegistryEntry> registryPage(MemberFilter filter, LocalDate today, long afterId, int size) {
        MemberFilter.Condition condition = filter.condition(today);
        return find(condition.where() + " and id > :afterId", Sort.ascending("id"),
                condition.parameters().and("afterId", afterId))
                .project(RegistryEntry.class).page(0, size).list();
    }

    /** The specialty codes of each of the given members, sorted. */
    public static Map<Long, List<String>> specialtyCodesOf(Collection<Long> memberIds) {
        Map<Long, List<String>> codes = new HashMap<>();
        if (memberIds.isEmpty()) {
            return codes;
        }
        getEntityManager()
                .createQuery("select m.id, s from Member m join m.specialties s where m.id in :ids order by m.id, s",
                        Object[].class)
                .setParameter("ids", memberIds)
                .getResultList()
                .forEach(row -> codes.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(((Specialty) row[1]).name()));
        return codes;
    }

    /**
     * Of the given members, those not in good standing: suspended or revoked. An expired
     * membership is still in good standing; it only needs renewing.
     */
    /** In good standing: not suspended or revoked (an expired membership only needs renewing). */
    public boolean inGoodStanding() {
        return status == StoredStatus.ACTIVE;
    }

    public static Set<Long> notInGoodStanding(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Set.of();
        }
        // Hibernate translates a query with a list parameter again on every call; one holder, the
        // usual case (a member's own certificates), has a query of its own that it translates once.
        if (memberIds.size() == 1) {
            Long memberId = memberIds.iterator().next();
            return count("id = ?1 and status <> ?2", memberId, StoredStatus.ACTIVE) > 0 ? Set.of(memberId) : Set.of();
        }
        return Set.copyOf(find("select id from Member where id in ?1 and status <> ?2", memberIds,
                StoredStatus.ACTIVE).project(Long.class).list());
    }

    public static Optional<Member> byApplication(long applicationId) {
        return find("applicationId", applicationId).firstResultOptional();
    }
}
