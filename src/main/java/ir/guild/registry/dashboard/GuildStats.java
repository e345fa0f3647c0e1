package ir.guild.registry.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ir.guild.registry.certification.CertificateFigures.TrackCount;
import ir.guild.registry.legalaid.SlaOutcome;
import ir.guild.registry.membership.MemberStatus;
import ir.guild.registry.membership.MembershipFigures.Week;
import ir.guild.registry.reference.Grade;
import ir.guild.registry.reference.LegalAidCategory;
import ir.guild.registry.reference.Province;

/**
 * The state of the guild on a day, as the admins' dashboard shows it and
 * {@code GET /api/v1/admin/stats} returns it. Days are the guild's (Tehran) days; weeks start on
 * Saturday and months are Jalali months.
 */
public record GuildStats(
        Instant asOf,
        LocalDate today,
        Applications applications,
        Members members,
        Certificates certificates,
        LegalAid legalAid,
        Verifications partnerVerifications,
        List<Week> weekly) {

    /**
     * Applications waiting for an admin's decision (the oldest since when, and for how many whole
     * days) and waiting for the applicant to supply what was asked.
     */
    public record Applications(long waiting, Instant oldestWaitingSince, Long oldestWaitingDays, long needsInfo) {
    }

    /** Memberships by status (expired apart); those in good standing by province and grade. */
    public record Members(long total, Map<MemberStatus, Long> byStatus, Map<Province, Long> activeByProvince,
            Map<Grade, Long> activeByGrade) {
    }

    /** Certificates issued since the first day of this Jalali month; those in force by track. */
    public record Certificates(LocalDate monthStart, long issuedThisMonth, List<TrackCount> inForceByTrack) {
    }

    /** Legal-aid cases open and overdue today; every case by category and by SLA outcome. */
    public record LegalAid(long open, long overdue, Map<LegalAidCategory, Long> byCategory,
            Map<SlaOutcome, Long> bySlaOutcome) {
    }

    /** Partner verifications asked for since Saturday, and those that verified a member. */
    public record Verifications(LocalDate weekStart, long asked, long verified) {
    }
}
