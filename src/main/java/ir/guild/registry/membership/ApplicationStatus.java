package ir.guild.registry.membership;

import java.util.EnumSet;
import java.util.Set;

/** Where an application stands; each state lists the states it may move to. */
public enum ApplicationStatus {
    SUBMITTED, NEEDS_INFO, APPROVED, REJECTED, WITHDRAWN;

    public static final Set<ApplicationStatus> OPEN = EnumSet.of(SUBMITTED, NEEDS_INFO);

    public Set<ApplicationStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(NEEDS_INFO, APPROVED, REJECTED, WITHDRAWN);
            case NEEDS_INFO -> EnumSet.of(SUBMITTED, REJECTED, WITHDRAWN);
            case APPROVED, REJECTED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canMoveTo(ApplicationStatus target) {
        return next().contains(target);
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
