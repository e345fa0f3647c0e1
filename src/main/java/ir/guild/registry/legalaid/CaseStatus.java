package ir.guild.registry.legalaid;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a legal-aid case stands; each state lists the states it may move to. Counsel may
 * decline a case until they start work on it; once work started it ends RESOLVED or CLOSED
 * (a resolved case may still be closed). The member may withdraw any open case.
 */
public enum CaseStatus {
    SUBMITTED, TRIAGED, ASSIGNED, IN_PROGRESS, AWAITING_MEMBER, RESOLVED, CLOSED, DECLINED, WITHDRAWN;

    public static final Set<CaseStatus> OPEN = EnumSet.of(SUBMITTED, TRIAGED, ASSIGNED, IN_PROGRESS, AWAITING_MEMBER);

    /** Where the queue shows a case to every counsel, before one takes it. */
    public static final Set<CaseStatus> UNASSIGNED = EnumSet.of(SUBMITTED, TRIAGED);

    public Set<CaseStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(TRIAGED, DECLINED, WITHDRAWN);
            case TRIAGED -> EnumSet.of(ASSIGNED, DECLINED, WITHDRAWN);
            case ASSIGNED -> EnumSet.of(IN_PROGRESS, DECLINED, WITHDRAWN);
            case IN_PROGRESS -> EnumSet.of(AWAITING_MEMBER, RESOLVED, CLOSED, WITHDRAWN);
            case AWAITING_MEMBER -> EnumSet.of(IN_PROGRESS, RESOLVED, CLOSED, WITHDRAWN);
            case RESOLVED -> EnumSet.of(CLOSED);
            case CLOSED, DECLINED, WITHDRAWN -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
