package ir.guild.registry.membership;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "guild.membership")
public interface MembershipConfig {

    /** How long a membership is valid after approval or renewal. */
    @WithDefault("P1Y")
    Period validity();

    /** How often each instance looks for expiry reminders to send ({@code off} disables the job). */
    @WithDefault("1h")
    String reminderInterval();

    /**
     * Whether the demonstration accounts of the local run get their memberships at start
     * (see {@link DemoMembers}); never on in production, whose realm has no such accounts.
     */
    @WithDefault("false")
    boolean seedDemoMembers();
}
