package ir.guild.registry.identity;

import org.junit.jupiter.api.Test;

import io.quarkus.test.security.TestSecurity;

/**
 * Admin-only endpoints and pages refuse every other role with 403 and anyone not signed in with
 * 401. Each test class calls all of its endpoints and says that nothing was written.
 */
public interface OnlyAdminsMayCall {

    /** Calls every endpoint and page of the feature as the test's caller, expecting {@code status}. */
    void everyEndpointAnswers(int status);

    @Test
    default void anonymousCallersAre401() {
        everyEndpointAnswers(401);
    }

    @Test
    @TestSecurity(user = "applicant")
    default void applicantsAre403() {
        everyEndpointAnswers(403);
    }

    @Test
    @TestSecurity(user = "member", roles = "member")
    default void membersAre403() {
        everyEndpointAnswers(403);
    }

    @Test
    @TestSecurity(user = "assessor", roles = { "assessor", "member" })
    default void assessorsAre403() {
        everyEndpointAnswers(403);
    }

    @Test
    @TestSecurity(user = "counsel", roles = "counsel")
    default void counselAre403() {
        everyEndpointAnswers(403);
    }

    @Test
    @TestSecurity(user = "acme-hr", roles = "partner")
    default void partnersAre403() {
        everyEndpointAnswers(403);
    }
}
