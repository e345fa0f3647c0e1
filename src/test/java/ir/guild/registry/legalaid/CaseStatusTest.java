package ir.guild.registry.legalaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class CaseStatusTest {

    @Test
    void theMemberMayWithdrawEveryOpenCaseAndNoClosedOne() {
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(status.canMoveTo(CaseStatus.WITHDRAWN)).as(status.name()).isEqualTo(status.isOpen());
        }
    }

    @Test
    void counselDeclineOnlyBeforeWorkStartsAndCloseOnlyAfter() {
        EnumSet<CaseStatus> declinable = EnumSet.noneOf(CaseStatus.class);
        EnumSet<CaseStatus> closable = EnumSet.noneOf(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            if (status.canMoveTo(CaseStatus.DECLINED)) {
                declinable.add(status);
            }
            if (status.canMoveTo(CaseStatus.CLOSED)) {
                closable.add(status);
            }
        }
        assertThat(declinable).containsExactlyInAnyOrder(CaseStatus.SUBMITTED, CaseStatus.TRIAGED, CaseStatus.ASSIGNED);
        assertThat(closable).containsExactlyInAnyOrder(CaseStatus.IN_PROGRESS, CaseStatus.AWAITING_MEMBER,
                CaseStatus.RESOLVED);
    }

    @Test
    void theMainPathRunsForwardAndWorkGoesBackAndForthWithTheMember() {
        assertThat(CaseStatus.SUBMITTED.canMoveTo(CaseStatus.TRIAGED)).isTrue();
        assertThat(CaseStatus.TRIAGED.canMoveTo(CaseStatus.ASSIGNED)).isTrue();
        assertThat(CaseStatus.ASSIGNED.canMoveTo(CaseStatus.IN_PROGRESS)).isTrue();
        assertThat(CaseStatus.IN_PROGRESS.canMoveTo(CaseStatus.AWAITING_MEMBER)).isTrue();
        assertThat(CaseStatus.AWAITING_MEMBER.canMoveTo(CaseStatus.IN_PROGRESS)).isTrue();
        assertThat(CaseStatus.IN_PROGRESS.canMoveTo(CaseStatus.RESOLVED)).isTrue();
        assertThat(CaseStatus.SUBMITTED.canMoveTo(CaseStatus.IN_PROGRESS)).isFalse();
        assertThat(CaseStatus.SUBMITTED.canMoveTo(CaseStatus.RESOLVED)).isFalse();
        assertThat(CaseStatus.WITHDRAWN.next()).isEmpty();
        assertThat(CaseStatus.DECLINED.next()).isEmpty();
        assertThat(CaseStatus.CLOSED.next()).isEmpty();
    }

    @Test
    void caseNumbersCarryTheJalaliYearAndFiveDigits() {
        assertThat(CaseNumbers.format(1405, 42)).isEqualTo("LA-1405-00042");
        assertThat(CaseNumbers.format(1404, 1)).isEqualTo("LA-1404-00001");
    }
}
