package ir.guild.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.KeycloakRoles;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.Applicants;
import ir.guild.registry.membership.Application;
import ir.guild.registry.membership.ApplicationService;
import ir.guild.registry.membership.Decision;
import ir.guild.registry.membership.Member;
import ir.guild.registry.outbox.OutboxMessage;
import ir.guild.registry.web.Language;

/** Keycloak follows the registry: an approval made while Keycloak is down still gives the member role later. */
@QuarkusTest
@TestProfile(EndToEndProfile.class)
class MemberRoleSyncE2ETest {

    @Inject
    Keycloak keycloak;

    @Inject
    ApplicationService applications;

    @Test
    void anApprovalWhileKeycloakIsDownReachesKeycloakWhenItReturns() throws Exception {
        String username = "e2e-applicant-" + System.nanoTime() + "@guild.example";
        String password = "applicant-pass-1";
        // The realm uses email addresses as usernames.
        String subject = createAccount(username, password);
        Application application = applications.submit(new CurrentPerson(subject, username, "مینا صادقی",
                username, Set.of()), Applicants.record(Applicants.nationalId()), Language.FA);
        assertThat(realmRoles(username, password)).doesNotContain("member");

        RunningKeycloak.outage(() -> {
            Instant started = Instant.now();
            applications.decide(application.id, new Decision("APPROVE", null, "MEMBER", application.version),
                    new CurrentPerson("admin", "demo-admin", "Admin", null, Set.of(Role.ADMIN)), Language.EN);
            // The decision does not wait for Keycloak.
            assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(10));
            assertThat(QuarkusTransaction.requiringNew().call(() -> Member.byApplication(application.id)))
                    .isPresent();
            // The relay tries, fails and keeps the change for later.
            awaitRoleChange(message -> message.attempts >= 1 && message.lastError != null
                    && message.status == OutboxMessage.Status.PENDING, subject);
        });

        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        List<String> roles = realmRoles(username, password);
        while (!roles.contains("member") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            roles = realmRoles(username, password);
        }
        assertThat(roles).contains("member");
        awaitRoleChange(message -> message.status == OutboxMessage.Status.DELIVERED, subject);
    }

    private String createAccount(String username, String password) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username);
        user.setFirstName("مینا");
        user.setLastName("صادقی");
        user.setEnabled(true);
        user.setEmailVerified(true);
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        user.setCredentials(List.of(credential));
        try (Response created = keycloak.realm("guild").users().create(user)) {
            return CreatedResponseUtil.getCreatedId(created);
        }
    }

    private static List<String> realmRoles(String username, String password) {
        JsonNode claims = RunningKeycloak.claims(RunningKeycloak.passwordGrantToken("guild-cli", username, password));
        List<String> roles = new java.util.ArrayList<>();
        claims.path("realm_access").path("roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }

    private static void awaitRoleChange(java.util.function.Predicate<OutboxMessage> condition, String subject) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            boolean met = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list("kind",
                    KeycloakRoles.KIND).stream().anyMatch(m -> m.payload.contains(subject) && condition.test(m)));
            if (met) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The role change for " + subject + " never reached the expected state");
    }
}
