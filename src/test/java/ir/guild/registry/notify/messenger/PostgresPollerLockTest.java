package ir.guild.registry.notify.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import ir.guild.registry.devstack.EmbeddedDatabase;
import ir.guild.registry.testing.EmbeddedPostgresResource;

/** Against the real PostgreSQL of the tests, as two instances of the app would see it. */
class PostgresPollerLockTest {

    private static PGSimpleDataSource dataSource;

    @BeforeAll
    static void database() {
        EmbeddedDatabase database = EmbeddedPostgresResource.database();
        dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database.jdbcUrl());
        dataSource.setUser(database.username());
        dataSource.setPassword(database.password());
    }

    @Test
    void onlyOneInstanceHoldsTheLockAndTheOtherTakesOverWhenItIsReleased() {
        long key = 0x7465737431L;
        PostgresPollerLock first = new PostgresPollerLock(dataSource, key);
        PostgresPollerLock second = new PostgresPollerLock(dataSource, key);
        try {
            assertThat(first.acquire()).isTrue();
            assertThat(second.acquire()).isFalse();
            assertThat(first.acquire()).as("still held").isTrue();

            first.release();

            assertThat(second.acquire()).isTrue();
            assertThat(first.acquire()).isFalse();
        } finally {
            first.release();
            second.release();
        }
    }

    @Test
    void aDeadSessionLetsTheLockGoAndTheHolderNoticesItLostIt() throws Exception {
        long key = 0x7465737432L;
        PostgresPollerLock first = new PostgresPollerLock(dataSource, key);
        PostgresPollerLock second = new PostgresPollerLock(dataSource, key);
        try {
            assertThat(first.acquire()).isTrue();
            // What happens when the polling instance dies or its connection breaks.
            try (Connection admin = dataSource.getConnection(); Statement statement = admin.createStatement()) {
                statement.execute("select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory'"
                        + " and objid = " + (key & 0xffffffffL) + " and classid = " + (key >>> 32));
            }

            assertThat(second.acquire()).isTrue();
            assertThat(first.acquire()).as("its session is gone, and the lock is the other's").isFalse();
        } finally {
            first.release();
            second.release();
        }
    }
}
