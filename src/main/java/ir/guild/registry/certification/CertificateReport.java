package ir.guild.registry.certification;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ir.guild.registry.common.CsvStream;
import ir.guild.registry.common.SpreadsheetCells;
import ir.guild.registry.web.GuildClock;

/**
 * Issued certificates as CSV, with the status each has today. Only revocation is stored, so a
 * page is read by track and revocation in SQL and the derived statuses (expired, suspended with
 * the holder's membership) are judged per page, the way every page of the app judges them.
 */
@ApplicationScoped
public class CertificateReport {

    static final int PAGE_SIZE = 500;

    public static final List<String> COLUMNS = List.of("code", "membershipNumber", "holderName", "holderNameLatin",
            "track", "level", "issuedOn", "expiresOn", "status", "revokedOn");

    private final Certificates certificates;

    CertificateReport(Certificates certificates) {
        this.certificates = certificates;
    }

    /** A null track code or status means all of them. */
    public void write(String trackCode, CertificateStatus status, OutputStream out) throws IOException {
        Boolean revoked = status == null ? null : status == CertificateStatus.REVOKED;
        CsvStream.write(out, COLUMNS, afterId -> QuarkusTransaction.requiringNew().call(() -> {
            List<Certificate> page = Certificate.reportPage(trackCode, revoked, afterId, PAGE_SIZE);
            List<List<String>> rows = certificates.checked(page).stream()
                    .filter(checked -> status == null || checked.status() == status)
                    .map(CertificateReport::row).toList();
            long lastId = page.isEmpty() ? afterId : page.get(page.size() - 1).id;
            return CsvStream.Chunk.of(rows, page.size(), PAGE_SIZE, lastId);
        }));
    }

    private static List<String> row(Certificates.Checked checked) {
        Certificate certificate = checked.certificate();
        return List.of(
                certificate.displayCode(),
                certificate.membershipNumber,
                SpreadsheetCells.cell(certificate.holderName),
                SpreadsheetCells.cell(certificate.holderNameLatin),
                certificate.track.code,
                Integer.toString(certificate.level),
                certificate.issuedOn.toString(),
                certificate.expiresOn.toString(),
                checked.status().name(),
                certificate.revokedAt == null ? "" : certificate.revokedAt.atZone(GuildClock.ZONE).toLocalDate()
                        .toString());
    }
}
