package ir.guild.registry.certification;

import java.util.EnumSet;
import java.util.Set;

/** Where a certification request stands; each state lists the states it may move to. */
public enum RequestStatus {
    SUBMITTED, NEEDS_INFO, GRANTED, DENIED, WITHDRAWN;

    public static final Set<RequestStatus> OPEN = EnumSet.of(SUBMITTED, NEEDS_INFO);

    public Set<RequestStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(NEEDS_INFO, GRANTED, DENIED, WITHDRAWN);
            case NEEDS_INFO -> EnumSet.of(SUBMITTED, DENIED, WITHDRAWN);
            case GRANTED, DENIED, WITHDRAWN -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    public boolean canMoveTo(RequestStatus target) {
        return next().contains(target);
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
