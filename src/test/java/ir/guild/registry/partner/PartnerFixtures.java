package ir.guild.registry.partner;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.Member;
import ir.guild.registry.web.Language;

/**
 * Partner firms written straight to their table (registering them is another feature), share
 * codes made through the member's service, and what verifications left in the log.
 */
@ApplicationScoped
public class PartnerFixtures {

    /** The client of the firm the partner tests call as, and its service account's name. */
    public static final String ACME = "acme-hr";
    public static final String ACME_ACCOUNT = PartnerCallers.SERVICE_ACCOUNT + ACME;
    public static final String SUSPENDED = "sleepy-co";
    public static final String SUSPENDED_ACCOUNT = PartnerCallers.SERVICE_ACCOUNT + SUSPENDED;
    public static final String OTHER = "other-firm";
    public static final String OTHER_ACCOUNT = PartnerCallers.SERVICE_ACCOUNT + OTHER;

    private final ShareCodeService shareCodes;
    private final PartnerVerifications verifications;
    private final EntityManager em;
    private long nextCompanyId = 10_000_000_000L;

    PartnerFixtures(ShareCodeService shareCodes, PartnerVerifications verifications, EntityManager em) {
        this.shareCodes = shareCodes;
        this.verifications = verifications;
        this.em = em;
    }

    /** A verification as the firm with this client would ask for it through the API. */
    @Transactional
    public boolean verifyAs(String clientId, String membershipNumber, String shareCode) {
        PartnerFirm firm = PartnerFirm.byClientId(clientId).orElseThrow();
        return verifications.verify(firm.id, new VerificationRequest(membershipNumber, shareCode), Language.EN)
                .isPresent();
    }

    /** The firms the tests call as: Acme and Other active, Sleepy suspended. */
    public void firms() {
        firm("Acme HR", ACME, PartnerStatus.ACTIVE);
        firm("Other Firm", OTHER, PartnerStatus.ACTIVE);
        firm("Sleepy Co", SUSPENDED, PartnerStatus.SUSPENDED);
    }

    @Transactional
    public PartnerFirm firm(String name, String clientId, PartnerStatus status) {
        PartnerFirm firm = new PartnerFirm();
        firm.name = name;
        firm.nationalCompanyId = Long.toString(nextCompanyId++);
        firm.contactEmail = "hr@" + clientId + ".example";
        firm.clientId = clientId;
        firm.status = status;
        firm.createdAt = Instant.now();
        firm.updatedAt = firm.createdAt;
        firm.persist();
        return firm;
    }

    public static CurrentPerson holder(Member member) {
        return new CurrentPerson(member.accountSubject, member.accountSubject, member.fullName, member.email,
                Set.of(Role.MEMBER));
    }

    /** A code of the member valid for a week, as the API hands it out (grouped with dashes). */
    public ShareCodeService.Issued code(Member member, ShareScope scope, String label) {
        return shareCodes.create(holder(member), new ShareCodeForm(scope.name(), null, "168", label), Language.EN);
    }

    public void revoke(Member member, ShareCodeService.Issued issued) {
        shareCodes.revoke(holder(member), issued.shareCode().id);
    }

    /** Moves a code's life into the past, as time passing would: it expired a minute ago. */
    @Transactional
    public void expire(ShareCodeService.Issued issued) {
        Instant now = Instant.now();
        ShareCode.update("createdAt = ?1, expiresAt = ?2 where id = ?3", now.minus(Duration.ofDays(8)),
                now.minus(Duration.ofMinutes(1)), issued.shareCode().id);
    }

    @Transactional
    public List<PartnerVerification> log() {
        List<PartnerVerification> log = PartnerVerification.list("order by id");
        log.forEach(entry -> em.detach(entry));
        return log;
    }

    /** Every column of every stored share code, as text, to look for codes kept in clear. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> storedShareCodeText() {
        List<Object[]> rows = em.createNativeQuery("select id::text, member_id::text, encode(code_hash, 'escape'),"
                + " encode(code_hash, 'hex'), hint, scope, coalesce(label, ''), created_at::text, expires_at::text"
                + " from share_code").getResultList();
        return rows.stream().map(row -> String.join("|", java.util.Arrays.stream(row).map(String::valueOf).toList()))
                .toList();
    }

    @Transactional
    public Map<String, Object> row(long shareCodeId) {
        ShareCode code = ShareCode.findById(shareCodeId);
        return Map.of("hashLength", code.codeHash.length, "hint", code.hint, "revoked", code.revokedAt != null);
    }
}
