package ir.guild.registry.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import ir.guild.registry.reference.Grade;

@QuarkusTest
class DemoMembersTest {

    @Inject
    DemoMembers demoMembers;

    @Inject
    MembershipTestData data;

    @BeforeEach
    @AfterEach
    void clear() {
        data.clear();
    }

    @Test
    void theDemonstrationAccountsWithTheMemberRoleBecomeMembersOnce() {
        assertThat(demoMembers.seed()).isEqualTo(4);

        Member member = Member.currentOf("5a1d0000-0000-4000-8000-000000000002").orElseThrow();
        assertThat(member.fullName).isEqualTo("سارا رضایی");
        assertThat(member.grade).isEqualTo(Grade.MEMBER);
        assertThat(member.statusOn(MemberFixtures.today())).isEqualTo(MemberStatus.ACTIVE);
        assertThat(member.membershipNumber).matches("\\d{4}-\\d{6}");
        assertThat(member.directoryListed).isTrue();
        assertThat(Member.currentOf("5a1d0000-0000-4000-8000-000000000004").orElseThrow().grade)
                .isEqualTo(Grade.SENIOR);

        assertThat(demoMembers.seed()).isZero();
        assertThat(data.members()).isEqualTo(4);
    }

    @Test
    void everyDemoAccountWithTheMemberRoleHasAMembershipSeededUnderItsFixedId() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(Path.of("deploy", "keycloak", "demo-realm.json").toFile());
        Set<String> withMemberRole = new HashSet<>();
        for (JsonNode user : realm.get("users")) {
            if (user.get("realmRoles").toString().contains("\"member\"")) {
                assertThat(user.has("id")).as(user.get("username").asText() + " has a fixed id").isTrue();
                withMemberRole.add(user.get("id").asText());
            }
        }
        List<String> seeded = demoMembers.read().stream().map(DemoMembers.DemoMember::subject).toList();
        assertThat(seeded).containsExactlyInAnyOrderElementsOf(withMemberRole);
        demoMembers.read().forEach(demo -> assertThat(demo.application().email())
                .isEqualTo(emailOf(realm, demo.subject())));
    }

    private static String emailOf(JsonNode realm, String id) {
        for (JsonNode user : realm.get("users")) {
            if (user.has("id") && user.get("id").asText().equals(id)) {
                return user.get("email").asText();
            }
        }
        return null;
    }
}
