package ir.guild.registry.notify;

import java.util.Optional;

import ir.guild.registry.membership.Application;
import ir.guild.registry.membership.Member;

/** The mobile on record for an account: its current membership's, else its latest application's. */
final class MobileOnRecord {

    private MobileOnRecord() {
    }

    static Optional<String> of(String accountSubject) {
        Optional<Member> member = Member.currentOf(accountSubject);
        if (member.isPresent()) {
            return Optional.ofNullable(member.get().mobile);
        }
        return Application.latestOf(accountSubject).map(application -> application.mobile);
    }

    /**
     * The number SMS may go to: the confirmed one, when SMS is chosen and it is still the number on
     * record (a number changed by an import, or on a new application, is never texted).
     */
    static Optional<String> smsNumber(ContactChannels channels) {
        return channels.smsNumber().filter(number -> of(channels.accountSubject).filter(number::equals).isPresent());
    }
}
