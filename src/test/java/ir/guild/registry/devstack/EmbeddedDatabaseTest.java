package ir.guild.registry.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void theLocalRunsDataSurvivesARestart() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, true)) {
            try (Connection connection = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password());
                    Statement sql = connection.createStatement()) {
                sql.execute("create table member (number text primary key)");
                sql.execute("insert into member values ('1405-000001')");
            }
        }
        assertThat(dataDir.resolve("PG_VERSION")).exists();

        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir, true);
                Connection connection = DriverManager.getConnection(second.jdbcUrl(), second.username(),
                        second.password());
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select number from member")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("1405-000001");
        }
    }

    @Test
    void aThrowawayDatabaseLeavesNoDataBehind() throws Exception {
        Path throwaway = Files.createDirectories(dataDir.resolve("throwaway"));
        try (EmbeddedDatabase database = EmbeddedDatabase.start(throwaway, false);
                Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                        database.password())) {
            assertThat(connection.isValid(5)).isTrue();
        }
        assertThat(throwaway.resolve("PG_VERSION")).doesNotExist();
    }
}
