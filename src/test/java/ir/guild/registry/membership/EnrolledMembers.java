package ir.guild.registry.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.web.Language;

/** Members made the way the guild makes them: an application, submitted and approved by an admin. */
@ApplicationScoped
public class EnrolledMembers {

    static final CurrentPerson ADMIN = new CurrentPerson("admin", "demo-admin", "Admin", null, Set.of(Role.ADMIN));

    private final ApplicationService applications;

    EnrolledMembers(ApplicationService applications) {
        this.applications = applications;
    }

    /** Sara Rezaei in Tehran, back-end and DevOps, listed in the directory, grade SENIOR. */
    public Member enrol(String subject) {
        return enrol(subject, Applicants.record(Applicants.nationalId()), "SENIOR");
    }

    public Member enrol(String subject, String fullName, String fullNameLatin, String province,
            List<String> specialties, boolean listed) {
        ApplicationForm sara = Applicants.record(Applicants.nationalId());
        ApplicationForm form = new ApplicationForm(fullName, fullNameLatin, sara.nationalId(), sara.birthDate(),
                subject + "@example.org", sara.mobile(), province, sara.city(), sara.educationLevel(),
                sara.fieldOfStudy(), sara.yearsOfExperience(), specialties, sara.employmentStatus(), sara.employer(),
                sara.portfolioUrl(), sara.motivation(), new ApplicationForm.Consents(true, true, listed));
        return enrol(subject, form, "MEMBER");
    }

    public Member enrol(String subject, ApplicationForm form, String grade) {
        Application application = applications.submit(
                new CurrentPerson(subject, subject, subject, subject + "@example.org", Set.of()), form, Language.FA);
        applications.decide(application.id, new Decision("APPROVE", null, grade, application.version), ADMIN,
                Language.EN);
        return QuarkusTransaction.requiringNew().call(() -> {
            Member member = Member.byApplication(application.id).orElseThrow();
            member.specialties.size();
            return member;
        });
    }

    public Member reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Member member = Member.findById(id);
            member.specialties.size();
            return member;
        });
    }

    public void validUntil(Member member, LocalDate validUntil) {
        QuarkusTransaction.requiringNew().run(() -> Member.update("validUntil = ?1 where id = ?2", validUntil,
                member.id));
    }

    public void status(Member member, Member.StoredStatus status) {
        QuarkusTransaction.requiringNew().run(() -> Member.update("status = ?1 where id = ?2", status, member.id));
    }

    public long auditEntries(String action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action", action));
    }

    public AuditEntry latestAudit() {
        return QuarkusTransaction.requiringNew().call(AuditEntry::latest);
    }
}
