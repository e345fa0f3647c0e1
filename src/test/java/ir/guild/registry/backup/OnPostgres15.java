package ir.guild.registry.backup;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The app on a PostgreSQL 15 server of its own (see {@link BackupRestoreTest} for why 15). */
public class OnPostgres15 implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Postgres15Resource.class));
    }
}
