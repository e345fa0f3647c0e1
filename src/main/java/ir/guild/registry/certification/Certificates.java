package ir.guild.registry.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ir.guild.registry.membership.Member;
import ir.guild.registry.web.GuildClock;

/**
 * Reads certificates with the status they have today, which depends on the holder's
 * membership: every page and endpoint that shows a certificate's status asks here.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class Certificates {

    /** A certificate and its status on the day it was read. */
    public record Checked(Certificate certificate, CertificateStatus status) {
    }

    private final Clock clock = Clock.system(GuildClock.ZONE);

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The certificate with the code someone typed (any case, with or without dashes). */
    public Optional<Checked> byCode(String typedCode) {
        return PublicCode.parse(typedCode).flatMap(Certificate::byCode).map(this::checked);
    }

    public Optional<Checked> byId(long id) {
        return Certificate.<Certificate>findByIdOptional(id).map(this::checked);
    }

    /** A member's certificates, newest first. */
    public List<Checked> ofMember(long memberId) {
        return checked(Certificate.ofMember(memberId));
    }

    public Checked checked(Certificate certificate) {
        boolean goodStanding = Member.notInGoodStanding(List.of(certificate.memberId)).isEmpty();
        return new Checked(certificate, certificate.statusOn(today(), goodStanding));
    }

    /** Statuses for many certificates with one question to the membership register. */
    public List<Checked> checked(List<Certificate> certificates) {
        Set<Long> suspendedHolders = Member.notInGoodStanding(
                certificates.stream().map(certificate -> certificate.memberId).distinct().toList());
        return withStatus(certificates, holder -> !suspendedHolders.contains(holder));
    }

    private List<Checked> withStatus(List<Certificate> certificates, LongPredicate holderInGoodStanding) {
        LocalDate today = today();
        return certificates.stream().map(certificate -> new Checked(certificate,
                certificate.statusOn(today, holderInGoodStanding.test(certificate.memberId)))).toList();
    }
}
