package ir.guild.registry.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RefreshingTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-28T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theValueIsWorkedOutOncePerPeriod() {
        HandClock clock = new HandClock();
        AtomicInteger computed = new AtomicInteger();
        Refreshing<Integer> value = new Refreshing<>(Duration.ofMinutes(1), clock, computed::incrementAndGet);

        assertThat(value.get()).isEqualTo(1);
        clock.now = clock.now.plusSeconds(59);
        assertThat(value.get()).isEqualTo(1);
        clock.now = clock.now.plusSeconds(1);
        assertThat(value.get()).isEqualTo(2);
        assertThat(computed).hasValue(2);
    }

    @Test
    void aPeriodOfZeroWorksItOutOnEveryCall() {
        AtomicInteger computed = new AtomicInteger();
        Refreshing<Integer> value = new Refreshing<>(Duration.ZERO, new HandClock(), computed::incrementAndGet);
        assertThat(value.get()).isEqualTo(1);
        assertThat(value.get()).isEqualTo(2);
    }

    @Test
    void callersArrivingDuringTheComputationWaitForItInsteadOfStartingTheirOwn() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger computed = new AtomicInteger();
        Refreshing<Integer> value = new Refreshing<>(Duration.ofMinutes(1), new HandClock(), () -> {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return computed.incrementAndGet();
        });
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            Future<Integer> first = callers.submit(value::get);
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Integer> second = callers.submit(value::get);
            Future<Integer> third = callers.submit(value::get);
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(third.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(computed).hasValue(1);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aNegativePeriodIsRefused() {
        assertThatThrownBy(() -> new Refreshing<>(Duration.ofSeconds(-1), new HandClock(), () -> 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }
}
