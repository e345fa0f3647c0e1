package ir.guild.registry.certification.credentials;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The guild's Bitstring Status Lists. Bits are read from the database when a list is asked
 * for, so a revocation or suspension shows in the very next fetch: revocation covers revoked
 * certificates and revoked memberships; suspension covers suspended memberships and every
 * certificate whose holder is suspended or revoked.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class StatusLists {

    public static final String PATH = "/api/v1/public/status-lists/";

    private static final String REVOKED = """
            select status_index from certificate
             where revoked_at is not null and status_index between ?1 and ?2
            union all
            select status_index from member
             where status = 'REVOKED' and status_index between ?1 and ?2
            """;

    private static final String SUSPENDED = """
            select status_index from member
             where status = 'SUSPENDED' and status_index between ?1 and ?2
            union all
            select c.status_index from certificate c join member m on m.id = c.member_id
             where m.status in ('SUSPENDED', 'REVOKED') and c.status_index between ?1 and ?2
            """;

    private final EntityManager em;
    private final CredentialSigner signer;
    private final String publicUrl;
    private final Clock clock = Clock.systemUTC();

    StatusLists(EntityManager em, CredentialSigner signer, @ConfigProperty(name = "guild.public-url") String publicUrl) {
        this.em = em;
        this.signer = signer;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String url(StatusListId list) {
        return publicUrl + PATH + list;
    }

    /** The {@code credentialStatus} of a credential at {@code statusIndex}: one entry per purpose. */
    public List<Map<String, Object>> entriesFor(long statusIndex) {
        return List.of(entry(StatusPurpose.REVOCATION, statusIndex), entry(StatusPurpose.SUSPENSION, statusIndex));
    }

    private Map<String, Object> entry(StatusPurpose purpose, long statusIndex) {
        StatusListId list = StatusListId.holding(purpose, statusIndex);
        String position = Integer.toString(StatusListId.position(statusIndex));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", url(list) + "#" + position);
        entry.put("type", "BitstringStatusListEntry");
        entry.put("statusPurpose", purpose.value());
        entry.put("statusListIndex", position);
        entry.put("statusListCredential", url(list));
        return entry;
    }

    /** The bits of a list as the database has them now; empty for a list no credential points at. */
    public Optional<StatusBitstring> bits(StatusListId list) {
        if (!exists(list)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Number> indexes = em.createNativeQuery(list.purpose() == StatusPurpose.REVOCATION ? REVOKED : SUSPENDED)
                .setParameter(1, list.firstIndex())
                .setParameter(2, list.lastIndex())
                .getResultList();
        StatusBitstring bits = new StatusBitstring();
        indexes.forEach(index -> bits.set(StatusListId.position(index.longValue())));
        return Optional.of(bits);
    }

    /** List 0 always exists; later ones once the shared sequence has reached them. */
    private boolean exists(StatusListId list) {
        if (list.number() == 0) {
            return true;
        }
        Object[] sequence = (Object[]) em.createNativeQuery(
                "select last_value, is_called from credential_status_index").getSingleResult();
        long lastGiven = Boolean.TRUE.equals(sequence[1]) ? ((Number) sequence[0]).longValue() : -1;
        return list.firstIndex() <= lastGiven;
    }

    /** The list as a BitstringStatusListCredential, signed like every other credential. */
    public Optional<String> credential(StatusListId list) {
        return bits(list).map(bits -> {
            String url = url(list);
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            Map<String, Object> subject = new LinkedHashMap<>();
            subject.put("id", url + "#list");
            subject.put("type", "BitstringStatusList");
            subject.put("statusPurpose", list.purpose().value());
            subject.put("encodedList", bits.encoded());
            Map<String, Object> credential = new LinkedHashMap<>();
            credential.put("@context", List.of(VerifiableCredentials.CONTEXT));
            credential.put("id", url);
            credential.put("type", List.of(VerifiableCredentials.TYPE, "BitstringStatusListCredential"));
            credential.put("issuer", signer.issuer());
            credential.put("validFrom", now.toString());
            credential.put("credentialSubject", subject);
            return signer.sign(VerifiableCredentials.withJwtClaims(credential, signer.issuer(), now));
        });
    }
}
