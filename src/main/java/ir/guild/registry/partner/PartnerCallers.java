package ir.guild.registry.partner;

import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;

/**
 * Which partner firm is calling. A firm calls with a client-credentials token of its own
 * Keycloak client: the client is the token's {@code azp} (or Keycloak's {@code client_id} /
 * {@code clientId} claim), and its service account is named {@code service-account-<client>},
 * which is all an identity without a token (a test's) can tell.
 */
@ApplicationScoped
public class PartnerCallers {

    static final String SERVICE_ACCOUNT = "service-account-";
    private static final String[] CLIENT_CLAIMS = { "azp", "client_id", "clientId" };

    // As PartnerFirm.byClientId finds a firm: the client id without case.
    private static final String FIRM_BY_CLIENT = "select id, status from partner_firm where lower(client_id) = ?";

    private final AgroalDataSource dataSource;

    PartnerCallers(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The Keycloak client the caller signed in as, if it is one. */
    public static Optional<String> clientIdOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token) {
            for (String claim : CLIENT_CLAIMS) {
                Object value = token.getClaim(claim);
                String text = value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
                if (text != null && !text.isBlank()) {
                    return Optional.of(text);
                }
            }
        }
        String name = principal == null ? null : principal.getName();
        if (name != null && name.startsWith(SERVICE_ACCOUNT) && name.length() > SERVICE_ACCOUNT.length()) {
            return Optional.of(name.substring(SERVICE_ACCOUNT.length()));
        }
        return Optional.empty();
    }

    /**
     * The calling firm, if it is registered and active. A client the guild does not know, or a
     * suspended firm, is refused with 403 at once, whatever its token still says.
     */
    @Transactional(TxType.SUPPORTS)
    public PartnerFirm activeFirm(SecurityIdentity identity) {
        PartnerFirm firm = clientIdOf(identity).flatMap(PartnerFirm::byClientId).orElseThrow(PartnerCallers::unknown);
        return active(firm.status, firm);
    }

    /**
     * The id of the calling firm, refused as {@link #activeFirm} refuses it, for a call that needs
     * nothing else of the firm (a verification): one statement, no entity.
     */
    public long activeFirmId(SecurityIdentity identity) {
        String clientId = clientIdOf(identity).orElseThrow(PartnerCallers::unknown);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(FIRM_BY_CLIENT)) {
            statement.setString(1, clientId.toLowerCase(Locale.ROOT));
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw unknown();
                }
                return active(PartnerStatus.valueOf(row.getString(2)), row.getLong(1));
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the partner firm of client " + clientId, e);
        }
    }

    private static <T> T active(PartnerStatus status, T firm) {
        if (status != PartnerStatus.ACTIVE) {
            throw new ProblemException(ProblemType.FORBIDDEN, "This partner firm is suspended");
        }
        return firm;
    }

    private static ProblemException unknown() {
        return new ProblemException(ProblemType.FORBIDDEN,
                "This client is not a partner firm registered with the guild");
    }
}
