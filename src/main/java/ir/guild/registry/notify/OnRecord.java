package ir.guild.registry.notify;

import java.util.Optional;

import ir.guild.registry.membership.Application;
import ir.guild.registry.membership.Member;

/**
 * How the guild reaches an account by its records: the email and mobile of its current
 * membership, else of its latest application. Every channel decision reads them from here.
 */
record OnRecord(String email, String mobile) {

    /** Empty for an account with neither a membership nor an application (staff, say). */
    static Optional<OnRecord> of(String accountSubject) {
        Optional<Member> member = Member.currentOf(accountSubject);
        if (member.isPresent()) {
            return Optional.of(new OnRecord(member.get().email, member.get().mobile));
        }
        return Application.latestOf(accountSubject).map(application -> new OnRecord(application.email,
                application.mobile));
    }

    /**
     * The number SMS may go to: the confirmed one, when SMS is chosen and it is still the number on
     * record (a number changed by an import, or on a new application, is never texted).
     */
    static Optional<String> smsNumber(ContactChannels channels) {
        return channels.smsNumber()
                .filter(number -> of(channels.accountSubject).map(OnRecord::mobile).filter(number::equals).isPresent());
    }
}
