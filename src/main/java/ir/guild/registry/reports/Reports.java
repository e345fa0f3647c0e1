package ir.guild.registry.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ir.guild.registry.audit.Actor;
import ir.guild.registry.audit.AuditEvent;
import ir.guild.registry.audit.AuditLog;
import ir.guild.registry.certification.CertificateReport;
import ir.guild.registry.certification.CertificateStatus;
import ir.guild.registry.certification.TrackService;
import ir.guild.registry.common.DateRange;
import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.Invalid;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.legalaid.CaseStatistics;
import ir.guild.registry.membership.ApplicationReport;
import ir.guild.registry.membership.ApplicationStatus;
import ir.guild.registry.web.Language;

/**
 * The admins' CSV reports. Each feature writes its own rows from its own tables; here the
 * filters are read (a wrong one is refused naming its parameter, before any byte is sent), each
 * download is recorded in the audit log, and the file is handed back to be streamed.
 */
@ApplicationScoped
public class Reports {

    private final ApplicationReport applications;
    private final CertificateReport certificates;
    private final CaseStatistics legalAid;
    private final TrackService tracks;
    private final AuditLog audit;

    Reports(ApplicationReport applications, CertificateReport certificates, CaseStatistics legalAid,
            TrackService tracks, AuditLog audit) {
        this.tracks = tracks;
        this.applications = applications;
        this.certificates = certificates;
        this.legalAid = legalAid;
        this.audit = audit;
    }

    public StreamingOutput applications(String status, String from, String to, CurrentPerson admin,
            Language language) {
        FieldChecks checks = new FieldChecks(language);
        ApplicationStatus wanted = checks.code("status", status, ApplicationStatus.class, false);
        DateRange submitted = DateRange.parse(checks, "from", from, "to", to);
        checks.throwIfInvalid();
        recordDownload(admin, "applications", "status=" + wanted + "; " + describe(submitted));
        return out -> applications.write(wanted, submitted, out);
    }

    public StreamingOutput certificates(String track, String status, CurrentPerson admin, Language language) {
        FieldChecks checks = new FieldChecks(language);
        String trackCode = null;
        if (track != null && !track.isBlank()) {
            trackCode = tracks.find(track).map(found -> found.code).orElse(null);
            if (trackCode == null) {
                checks.reject("track", Invalid.UNKNOWN_CODE);
            }
        }
        CertificateStatus wanted = checks.code("status", status, CertificateStatus.class, false);
        checks.throwIfInvalid();
        String wantedTrack = trackCode;
        recordDownload(admin, "certificates", "track=" + trackCode + "; status=" + wanted);
        return out -> certificates.write(wantedTrack, wanted, out);
    }

    public StreamingOutput legalAid(String from, String to, CurrentPerson admin, Language language) {
        FieldChecks checks = new FieldChecks(language);
        DateRange filed = DateRange.parse(checks, "from", from, "to", to);
        checks.throwIfInvalid();
        recordDownload(admin, "legal-aid", describe(filed));
        return out -> legalAid.write(filed, out);
    }

    /** Who took which report, recorded before the file is written. */
    private void recordDownload(CurrentPerson admin, String report, String filters) {
        QuarkusTransaction.requiringNew().run(() -> audit.record(new AuditEvent(Actor.of(admin), "report.download",
                "Report", report, "CSV report " + report + " with " + filters)));
    }

    private static String describe(DateRange range) {
        return "from=" + range.from() + "; to=" + range.to();
    }
}
