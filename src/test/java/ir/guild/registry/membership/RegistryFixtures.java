package ir.guild.registry.membership;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.Language;

/** Members made the way the guild makes them (an approved application), and what tests read back. */
@ApplicationScoped
public class RegistryFixtures {

    static final CurrentPerson ADMIN = new CurrentPerson("admin", "demo-admin", "Admin", null, Set.of(Role.ADMIN));

    private final ApplicationService applications;
    private final EntityManager em;

    RegistryFixtures(ApplicationService applications, EntityManager em) {
        this.applications = applications;
        this.em = em;
    }

    static LocalDate today() {
        return LocalDate.now(GuildClock.ZONE);
    }

    /** An approved member with the given names, province and grade. */
    public Member member(String subject, String fullName, String fullNameLatin, String province, String grade) {
        ApplicationForm valid = Applicants.record(Applicants.nationalId());
        ApplicationForm form = new ApplicationForm(fullName, fullNameLatin, valid.nationalId(), valid.birthDate(),
                valid.email(), valid.mobile(), province, "تهران", valid.educationLevel(), valid.fieldOfStudy(),
                valid.yearsOfExperience(), valid.specialties(), valid.employmentStatus(), valid.employer(),
                valid.portfolioUrl(), valid.motivation(), valid.consents());
        Application application = applications.submit(ApplicationApiTest.person(subject), form, Language.FA);
        applications.decide(application.id, new Decision("APPROVE", null, grade, application.version), ADMIN,
                Language.EN);
        return find(application.id);
    }

    @Transactional
    public Member find(long applicationId) {
        return Member.byApplication(applicationId).orElseThrow();
    }

    @Transactional
    public Member byNationalId(String nationalId) {
        return Member.<Member>find("nationalId", nationalId).firstResult();
    }

    @Transactional
    public List<Member> members() {
        return Member.<Member>listAll(io.quarkus.panache.common.Sort.ascending("id"));
    }

    @Transactional
    public void update(String assignment, Object value, long memberId) {
        Member.update(assignment + " = ?1 where id = ?2", value, memberId);
    }

    @Transactional
    public void sql(String statement) {
        em.createNativeQuery(statement).executeUpdate();
    }

    @Transactional
    public long audited(String action) {
        return ((Number) em.createNativeQuery("select count(*) from audit_entry where action = ?1")
                .setParameter(1, action).getSingleResult()).longValue();
    }

    @Transactional
    public long lastAuditId() {
        return ((Number) em.createNativeQuery("select coalesce(max(id), 0) from audit_entry").getSingleResult())
                .longValue();
    }

    /** Entries after {@code afterId} that do not carry the hash of the entry before them. */
    @Transactional
    public long auditLinksBrokenAfter(long afterId) {
        return ((Number) em.createNativeQuery("""
                select count(*) from (
                    select id, prev_hash, coalesce(lag(hash) over (order by id), repeat('0', 64)) as before
                    from audit_entry where id >= (select coalesce(max(id), 0) from audit_entry where id <= ?1)) chain
                where id > ?1 and prev_hash <> before""").setParameter(1, afterId).getSingleResult()).longValue();
    }

    /** The summaries of the import's entries about one member. */
    @Transactional
    public List<String> auditedAbout(long memberId) {
        return em.createNativeQuery("select summary from audit_entry where action = 'member.import' and entity_id = ?1",
                String.class).setParameter(1, Long.toString(memberId)).getResultList();
    }

    @Transactional
    public long numbersAllocated() {
        return ((Number) em.createNativeQuery("select coalesce(sum(last_value), 0) from membership_number_sequence")
                .getSingleResult()).longValue();
    }

    /** A CSV file from lines, joined with CRLF as spreadsheets write them. */
    static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
