package ir.guild.registry.certification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import io.agroal.api.AgroalDataSource;

import ir.guild.registry.membership.Member;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.Language;

/**
 * The public check of a certificate by its code, the guild's busiest read: one statement on a
 * pooled connection in auto-commit, reading only the columns the check shows and the holder's
 * standing, without an entity manager or a transaction. Entities would cost it a session, a
 * transaction's synchronisation and the track's levels, none of which the answer uses.
 */
@ApplicationScoped
public class PublicChecks {

    private static final String BY_CODE = """
            select c.public_code, c.holder_name, c.holder_name_latin, t.code, t.title_fa, t.title_en, c.level,
                   c.issued_on, c.expires_on, c.revoked_at is not null, m.status = ?
            from certificate c
            join certification_track t on t.id = c.track_id
            join member m on m.id = c.member_id
            where c.public_code = ?""";

    /** What anyone holding a certificate's code may learn about it, with its status today. */
    public record CheckedCertificate(String code, String holderName, String holderNameLatin, String trackCode,
            String trackTitleFa, String trackTitleEn, int level, LocalDate issuedOn, LocalDate expiresOn,
            CertificateStatus status) {

        /** The code grouped as it is printed. */
        public String displayCode() {
            return PublicCode.display(code);
        }

        public String trackTitle(Language language) {
            return language == Language.EN ? trackTitleEn : trackTitleFa;
        }
    }

    private final AgroalDataSource dataSource;
    private final Clock clock = Clock.system(GuildClock.ZONE);

    PublicChecks(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The certificate with the code someone typed (any case, with or without dashes). */
    public Optional<CheckedCertificate> certificate(String typedCode) {
        return PublicCode.parse(typedCode).flatMap(this::byStoredCode);
    }

    private Optional<CheckedCertificate> byStoredCode(String storedCode) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(BY_CODE)) {
            statement.setString(1, Member.StoredStatus.ACTIVE.name());
            statement.setString(2, storedCode);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                LocalDate expiresOn = row.getObject(9, LocalDate.class);
                CertificateStatus status = CertificateStatus.of(row.getBoolean(10), expiresOn, row.getBoolean(11),
                        LocalDate.now(clock));
                return Optional.of(new CheckedCertificate(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6), row.getInt(7),
                        row.getObject(8, LocalDate.class), expiresOn, status));
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the certificate with a public code", e);
        }
    }
}
