package ir.guild.registry.membership;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.web.GuildClock;

/** Reads a person's standing with the guild, for their dashboard and the application form. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class MembershipStandings {

    public Standing of(CurrentPerson person) {
        Application application = Application.latestOf(person.subject()).orElse(null);
        Member membership = Member.currentOf(person.subject())
                // A revoked membership is not current, but its holder still needs to see it.
                .or(() -> application == null || application.status != ApplicationStatus.APPROVED
                        ? Optional.<Member>empty()
                        : Member.byApplication(application.id))
                .orElse(null);
        return new Standing(membership, application, LocalDate.now(GuildClock.ZONE));
    }
}
