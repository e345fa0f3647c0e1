package ir.guild.registry.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ir.guild.registry.certification.Certificate;
import ir.guild.registry.certification.IssuedCertificates;
import ir.guild.registry.certification.Track;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.LegalAidFixtures;
import ir.guild.registry.membership.Applicants;
import ir.guild.registry.membership.Application;
import ir.guild.registry.membership.ApplicationService;
import ir.guild.registry.membership.Decision;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.partner.PartnerFirm;
import ir.guild.registry.partner.PartnerFixtures;
import ir.guild.registry.partner.PartnerStatus;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

/**
 * A small registry whose every figure is known, for the dashboard's tests. Rows are made through
 * the services, then their dates are moved in PostgreSQL, as time passing would move them.
 *
 * <p>Members: four in good standing (Tehran: a member and a senior; Isfahan: an associate; Fars: a
 * member), one expired (Tehran), one suspended (Isfahan), one revoked. Applications: the seven
 * approved above, two waiting for a decision (one for ten days), one waiting for the applicant.
 * Certificates on the tracks {@code DASH_A}, {@code DASH_B}, {@code DASH_C}. Seven legal-aid cases:
 * one waiting, two overdue, two answered on time, one late, one withdrawn unanswered. Three partner
 * verifications, two of them this week.
 */
@ApplicationScoped
public class DashboardData {

    /** Where each application of the data set falls: the day it was submitted and, when approved, decided. */
    public record Dated(LocalDate submitted, LocalDate approved) {
    }

    private final MembershipTestData data;
    private final MemberFixtures members;
    private final ApplicationService applications;
    private final IssuedCertificates certificates;
    private final LegalAidFixtures cases;
    private final PartnerFixtures partners;
    private final EntityManager em;

    /** What the set holds beyond its fixed figures: every application with its days, the oldest one waiting. */
    public record Seeded(List<Dated> dated, Instant oldestWaiting) {
    }

    DashboardData(MembershipTestData data, MemberFixtures members, ApplicationService applications,
            IssuedCertificates certificates, LegalAidFixtures cases, PartnerFixtures partners, EntityManager em) {
        this.data = data;
        this.members = members;
        this.applications = applications;
        this.certificates = certificates;
        this.cases = cases;
        this.partners = partners;
        this.em = em;
    }

    public static LocalDate today() {
        return MemberFixtures.today();
    }

    public static LocalDate weekStart() {
        return JalaliDates.weekStart(today());
    }

    public Seeded seed() {
        data.clear();
        List<Dated> dated = new ArrayList<>();
        LocalDate today = today();
        Instant now = Instant.now();
        LocalDate week = weekStart();

        Member tehranMember = member("dash-1", "TEHRAN", "MEMBER");
        member("dash-2", "TEHRAN", "SENIOR");
        Member isfahan = member("dash-3", "ESFAHAN", "ASSOCIATE");
        Member fars = member("dash-4", "FARS", "MEMBER");
        Member expired = member("dash-5", "TEHRAN", "MEMBER");
        members.validUntil(expired.membershipNumber, today.minusDays(1));
        Member suspended = member("dash-6", "ESFAHAN", "MEMBER");
        members.suspend(suspended);
        Member revoked = member("dash-7", "KERMAN", "SENIOR");
        members.revoke(revoked);

        // Approved now, but for three: one three weeks ago, one in the first week shown, one before it.
        moveApplication(isfahan, at(week.minusWeeks(3), 12), at(week.minusWeeks(2), 12));
        moveApplication(fars, at(week.minusWeeks(Dashboard.WEEKS - 1), 1), at(week.minusWeeks(Dashboard.WEEKS - 1), 2));
        moveApplication(expired, at(week.minusWeeks(Dashboard.WEEKS), 1), at(week.minusWeeks(Dashboard.WEEKS), 2));
        dated.addAll(datedApplications());

        // Waiting: one for ten days, one since now; and one waiting for the applicant.
        Application old = submit("dash-8");
        Instant oldestWaiting = now.minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        update("update membership_application set submitted_at = ?1 where id = ?2", oldestWaiting, old.id);
        dated.add(new Dated(day(oldestWaiting), null));
        submit("dash-9");
        Application asked = submit("dash-10");
        applications.decide(asked.id, new Decision("REQUEST_INFO", "Your portfolio link is broken.", null,
                asked.version), MemberFixtures.ADMIN, Language.EN);
        dated.add(new Dated(today, null));
        dated.add(new Dated(today, null));

        // Certificates: DASH_A three in force (two this month), one revoked this month; DASH_B one in
        // force issued long ago and one expired; DASH_C none.
        LocalDate month = JalaliDates.monthStart(today);
        for (String track : List.of("DASH_A", "DASH_B", "DASH_C")) {
            track(track);
        }
        certificates.certificate(tehranMember, "DASH_A", 1, today);
        certificates.certificate(tehranMember, "DASH_A", 2, month);
        certificates.certificate(isfahan, "DASH_A", 1, month.minusDays(1));
        Certificate withdrawn = certificates.certificate(fars, "DASH_A", 1, today);
        certificates.revoke(withdrawn.id, "Issued to the wrong member");
        certificates.certificate(fars, "DASH_B", 1, today.minusMonths(3));
        Certificate lapsed = certificates.certificate(isfahan, "DASH_B", 1, today.minusMonths(30));
        update("update certificate set expires_on = ?1 where id = ?2", today.minusDays(1), lapsed.id);

        // Legal aid: every SLA outcome, each with its own count. A response is on time until
        // midnight (Tehran) ending the day it was due.
        cases.filedBy(tehranMember);
        for (int i = 0; i < 2; i++) {
            LegalAidCase overdue = cases.filedBy(tehranMember);
            update("update legal_aid_case set first_response_due = ?1 where id = ?2", today.minusDays(1 + i),
                    overdue.id);
        }
        LegalAidCase answered = cases.filedBy(tehranMember);
        update("update legal_aid_case set category = 'CONTRACT_DISPUTE', status = 'IN_PROGRESS',"
                + " first_responded_at = ?1, first_response_due = ?2 where id = ?3", now, today, answered.id);
        LegalAidCase answeredLastMinute = cases.filedBy(tehranMember);
        update("update legal_aid_case set category = 'CONTRACT_DISPUTE', status = 'RESOLVED',"
                + " first_responded_at = ?1, first_response_due = ?2 where id = ?3",
                at(today.minusDays(5), 23), today.minusDays(5), answeredLastMinute.id);
        LegalAidCase late = cases.filedBy(tehranMember);
        update("update legal_aid_case set category = 'INTELLECTUAL_PROPERTY', status = 'RESOLVED',"
                + " first_responded_at = ?1, first_response_due = ?2 where id = ?3",
                at(today.minusDays(4), 0).plus(30, ChronoUnit.MINUTES), today.minusDays(5), late.id);
        LegalAidCase gone = cases.filedBy(tehranMember);
        update("update legal_aid_case set category = 'WRONGFUL_DISMISSAL', status = 'WITHDRAWN' where id = ?1",
                gone.id);

        // Partner verifications: two this week (one verified), one last week.
        PartnerFirm firm = partners.firm("Dashboard Firm", "dash-firm", PartnerStatus.ACTIVE);
        verification(firm, "VERIFIED", now);
        verification(firm, "WRONG_CODE", GuildClock.startOf(week));
        verification(firm, "VERIFIED", GuildClock.startOf(week).minusSeconds(1));
        return new Seeded(List.copyOf(dated), oldestWaiting);
    }

    private Member member(String subject, String province, String grade) {
        return members.approve(subject, MemberFixtures.form("عضو " + subject, "Member " + subject,
                subject + "@example.org", province), grade, Language.FA);
    }

    private Application submit(String subject) {
        return applications.submit(new CurrentPerson(subject, subject, subject, subject + "@example.org", Set.of()),
                Applicants.record(Applicants.nationalId()), Language.FA);
    }

    private void moveApplication(Member member, Instant submitted, Instant decided) {
        update("update membership_application set submitted_at = ?1, decided_at = ?2 where id = ?3", submitted,
                decided, member.applicationId);
    }

    @Transactional
    void track(String code) {
        if (Track.byCode(code).isEmpty()) {
            certificates.track(code, 2);
        }
    }

    @Transactional
    List<Dated> datedApplications() {
        return Application.<Application>listAll().stream()
                .map(application -> new Dated(day(application.submittedAt), day(application.decidedAt))).toList();
    }

    @Transactional
    void verification(PartnerFirm firm, String outcome, Instant at) {
        update("insert into partner_verification (partner_firm_id, outcome, verified_at) values (?1, ?2, ?3)",
                firm.id, outcome, at);
    }

    @Transactional
    void update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }

    private static Instant at(LocalDate day, int hour) {
        return GuildClock.startOf(day).plus(hour, ChronoUnit.HOURS);
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(GuildClock.ZONE).toLocalDate();
    }
}
