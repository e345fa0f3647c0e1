package ir.guild.registry.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.KeycloakRoles;
import ir.guild.registry.identity.Role;
import ir.guild.registry.identity.RoleChange;
import ir.guild.registry.mail.MailDelivery;
import ir.guild.registry.mail.OutgoingMail;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.Language;

/**
 * Members in every state for the lifecycle tests, made through the real services, and
 * what those changes left behind: outbox rows and audit entries.
 */
@ApplicationScoped
public class MemberFixtures {

    public static final CurrentPerson ADMIN = new CurrentPerson("admin-subject", "demo-admin", "Admin", null,
            Set.of(Role.ADMIN));

    private final ApplicationService applications;
    private final MemberService members;
    private final EntityManager em;
    private final ObjectMapper json;

    MemberFixtures(ApplicationService applications, MemberService members, EntityManager em, ObjectMapper json) {
        this.applications = applications;
        this.members = members;
        this.em = em;
        this.json = json;
    }

    public static LocalDate today() {
        return LocalDate.now(GuildClock.ZONE);
    }

    /** An approved member with the usual test applicant's details. */
    public Member approve(String subject) {
        return approve(subject, Applicants.record(Applicants.nationalId()), "MEMBER", Language.FA);
    }

    public Member approve(String subject, ApplicationForm form, String grade, Language language) {
        Application application = applications.submit(
                new CurrentPerson(subject, subject, subject, subject + "@example.org", Set.of()), form, language);
        applications.decide(application.id, new Decision("APPROVE", null, grade, application.version), ADMIN,
                Language.EN);
        return reload(Member.<Member>find("applicationId", application.id).firstResult().membershipNumber);
    }

    /** A valid form with the given identity, for search tests. */
    public static ApplicationForm form(String fullName, String fullNameLatin, String email, String province) {
        ApplicationForm base = Applicants.record(Applicants.nationalId());
        return new ApplicationForm(fullName, fullNameLatin, base.nationalId(), base.birthDate(), email,
                base.mobile(), province, base.city(), base.educationLevel(), base.fieldOfStudy(),
                base.yearsOfExperience(), base.specialties(), base.employmentStatus(), base.employer(),
                base.portfolioUrl(), base.motivation(), base.consents());
    }

    @Transactional
    public Member reload(String number) {
        Member member = Member.byNumber(number).orElseThrow();
        member.specialties.size();
        em.detach(member);
        return member;
    }

    /** Moves the end of validity, as time passing would. */
    @Transactional
    public Member validUntil(String number, LocalDate date) {
        Member.update("validUntil = ?1 where membershipNumber = ?2", date, number);
        return reload(number);
    }

    public Member suspended(String subject) {
        return suspend(approve(subject));
    }

    public Member suspend(Member member) {
        members.suspend(member.membershipNumber, "Unpaid dues", null, ADMIN, Language.EN);
        return reload(member.membershipNumber);
    }

    public Member revoked(String subject) {
        return revoke(approve(subject));
    }

    public Member revoke(Member member) {
        members.revoke(member.membershipNumber, "Forged documents", null, ADMIN, Language.EN);
        return reload(member.membershipNumber);
    }

    @Transactional
    public long lastOutboxId() {
        Number id = (Number) em.createNativeQuery("select coalesce(max(id), 0) from outbox_message").getSingleResult();
        return id.longValue();
    }

    /** Keycloak role changes queued after the outbox row {@code afterId}, oldest first. */
    @Transactional
    public List<RoleChange> roleChangesAfter(long afterId) {
        return payloadsAfter(afterId, KeycloakRoles.KIND, RoleChange.class);
    }

    @Transactional
    public List<OutgoingMail> mailsAfter(long afterId) {
        return payloadsAfter(afterId, MailDelivery.KIND, OutgoingMail.class);
    }

    @Transactional
    public long lastAuditId() {
        AuditEntry latest = AuditEntry.latest();
        return latest == null ? 0 : latest.id;
    }

    @Transactional
    public List<AuditEntry> auditAfter(long afterId) {
        return AuditEntry.list("id > ?1 order by id", afterId);
    }

    private <T> List<T> payloadsAfter(long afterId, String kind, Class<T> type) {
        @SuppressWarnings("unchecked")
        List<String> payloads = em.createNativeQuery(
                "select payload from outbox_message where kind = ?1 and id > ?2 order by id")
                .setParameter(1, kind).setParameter(2, afterId).getResultList();
        return payloads.stream().map(payload -> read(payload, type)).toList();
    }

    private <T> T read(String payload, Class<T> type) {
        try {
            return json.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
