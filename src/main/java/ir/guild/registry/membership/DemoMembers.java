package ir.guild.registry.membership;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.web.Language;

/**
 * Gives the local run's demonstration accounts (deploy/keycloak/demo-realm.json, whose users
 * carry fixed ids) the memberships their Keycloak roles promise, from
 * {@code seed/demo-members.json}: each applies and is approved through
 * {@link ApplicationService}, numbered, audited and emailed like anyone else.
 */
@ApplicationScoped
public class DemoMembers {

    static final String RESOURCE = "seed/demo-members.json";
    private static final Logger LOG = Logger.getLogger(DemoMembers.class);
    /** Serialises seeding between instances started at once on the same database. */
    private static final long SEED_LOCK = 0x64656d6f6d656dL;
    private static final CurrentPerson SEEDER = new CurrentPerson("demo-seed", "demo-seed",
            "Demonstration data", null, Set.of(Role.ADMIN));

    /** One demonstration account: its Keycloak id, the grade it gets and its application. */
    record DemoMember(String subject, String grade, ApplicationForm application) {
    }

    private final ApplicationService applications;
    private final MembershipConfig config;
    private final ObjectMapper json;
    private final EntityManager em;

    DemoMembers(ApplicationService applications, MembershipConfig config, ObjectMapper json, EntityManager em) {
        this.applications = applications;
        this.config = config;
        this.json = json;
        this.em = em;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.seedDemoMembers()) {
            int added = seed();
            if (added > 0) {
                LOG.infof("Gave %d demonstration accounts their memberships", added);
            }
        }
    }

    /** Approves the demonstration accounts that have no membership yet; returns how many (0 on later calls). */
    @Transactional
    public int seed() {
        em.createNativeQuery("select cast(pg_advisory_xact_lock(?1) as text)").setParameter(1, SEED_LOCK)
                .getSingleResult();
        int added = 0;
        for (DemoMember demo : read()) {
            if (Member.currentOf(demo.subject()).isPresent() || Application.latestOf(demo.subject()).isPresent()) {
                continue;
            }
            ApplicationForm form = demo.application();
            CurrentPerson person = new CurrentPerson(demo.subject(), form.email(), form.fullName(), form.email(),
                    Set.of());
            Application application = applications.submit(person, form, Language.FA);
            applications.decide(application.id, new Decision("APPROVE", null, demo.grade(), application.version),
                    SEEDER, Language.FA);
            added++;
        }
        return added;
    }

    List<DemoMember> read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return json.readValue(in, new TypeReference<List<DemoMember>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
