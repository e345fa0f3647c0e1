package ir.guild.registry.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ir.guild.registry.certification.CertificateFigures;
import ir.guild.registry.common.Refreshing;
import ir.guild.registry.legalaid.CaseStatistics;
import ir.guild.registry.membership.MemberStatus;
import ir.guild.registry.membership.MembershipFigures;
import ir.guild.registry.partner.PartnerVerification;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.JalaliDates;

/**
 * Gathers the guild's figures from each feature. Every figure is a single aggregate query over
 * indexed columns, so the dashboard costs the same few queries whatever the registry's size; at
 * a million members those still take a second or two together, so each instance works them out
 * at most once per {@code guild.dashboard.refresh} and every admin meanwhile reads the same
 * figures, dated by {@link GuildStats#asOf()}.
 */
@ApplicationScoped
public class Dashboard {

    /** Weeks of applications and approvals shown: a year, this week included. */
    public static final int WEEKS = 52;

    private final MembershipFigures membership;
    private final CertificateFigures certificates;
    private final CaseStatistics cases;
    private final Clock clock = Clock.system(GuildClock.ZONE);
    private final Refreshing<GuildStats> figures;

    Dashboard(MembershipFigures membership, CertificateFigures certificates, CaseStatistics cases,
            @ConfigProperty(name = "guild.dashboard.refresh", defaultValue = "1m") Duration refresh) {
        this.membership = membership;
        this.certificates = certificates;
        this.cases = cases;
        this.figures = new Refreshing<>(refresh, clock, () -> QuarkusTransaction.requiringNew().call(this::count));
    }

    /** The figures, worked out at most once per refresh period. */
    public GuildStats stats() {
        return figures.get();
    }

    private GuildStats count() {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        LocalDate weekStart = JalaliDates.weekStart(today);
        LocalDate monthStart = JalaliDates.monthStart(today);

        MembershipFigures.Waiting waiting = membership.waitingApplications();
        Instant oldest = waiting.oldestSubmittedAt();
        Long oldestDays = oldest == null ? null
                : ChronoUnit.DAYS.between(oldest.atZone(GuildClock.ZONE).toLocalDate(), today);
        Map<MemberStatus, Long> byStatus = membership.membersByStatus(today);
        CaseStatistics.Figures legalAid = cases.figures(today);
        PartnerVerification.Tally verifications = PartnerVerification.since(GuildClock.startOf(weekStart));

        return new GuildStats(now, today,
                new GuildStats.Applications(waiting.forDecision(), oldest, oldestDays, waiting.forApplicant()),
                new GuildStats.Members(byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus,
                        membership.activeByProvince(today), membership.activeByGrade(today)),
                new GuildStats.Certificates(monthStart, certificates.issuedSince(monthStart),
                        certificates.inForceByTrack(today)),
                new GuildStats.LegalAid(legalAid.open(), legalAid.overdue(), legalAid.byCategory(),
                        legalAid.bySlaOutcome()),
                new GuildStats.Verifications(weekStart, verifications.asked(), verifications.verified()),
                membership.weekly(weekStart.minusWeeks(WEEKS - 1), today));
    }
}
