package ir.guild.registry.membership;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ir.guild.registry.identity.CurrentPerson;

/**
 * What a member keeps up to date themselves: contact details and their directory listing.
 * Someone without a current membership has nothing to change here and gets 404.
 */
@ApplicationScoped
@Transactional
public class MemberProfileService {

    @Transactional(TxType.SUPPORTS)
    public Optional<Member> mine(CurrentPerson person) {
        return Member.currentOf(person.subject());
    }
}
