package ir.guild.registry.membership;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.web.GuildClock;

/** Reads a person's standing with the guild, for their dashboard and the application form. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class MembershipStandings {

    /**
     * The caller's membership if it is active today, for features only active members may use
     * ({@code action} says what, e.g. "request certification"). A partner firm, or someone who was
     * never a member, is refused with 403; a membership that is suspended, expired or revoked with
     * 409 naming its status, so the member knows what to fix.
     */
    public Member activeMember(CurrentPerson person, String action) {
        if (person.has(Role.PARTNER)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Partner firms may not " + action);
        }
        Optional<Member> current = Member.currentOf(person.subject());
        if (current.isEmpty()) {
            if (Member.count("accountSubject = ?1 and status = ?2", person.subject(),
                    Member.StoredStatus.REVOKED) > 0) {
                throw ProblemException.conflict("Your membership is REVOKED; only active members may " + action);
            }
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Only members of the guild may " + action + "; apply for membership first");
        }
        Member member = current.get();
        MemberStatus status = member.statusOn(LocalDate.now(GuildClock.ZONE));
        return switch (status) {
            case ACTIVE -> member;
            case EXPIRED -> throw ProblemException.conflict("Your membership is EXPIRED since "
                    + member.validUntil + "; renew it to " + action);
            default -> throw ProblemException.conflict("Your membership is " + status
                    + "; only active members may " + action);
        };
    }

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
