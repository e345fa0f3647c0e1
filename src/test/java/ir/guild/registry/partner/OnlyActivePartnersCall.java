package ir.guild.registry.partner;

import org.junit.jupiter.api.Test;

import io.quarkus.test.security.TestSecurity;

/**
 * The partner API answers active partner firms alone: a suspended firm, a firm the guild does
 * not know, every other role and anyone not signed in are refused. Each endpoint's tests say
 * what being refused means for it.
 */
public interface OnlyActivePartnersCall {

    /** Calls the endpoint as the caller of the test, expecting {@code status} and nothing written. */
    void refusedWith(int status);

    @Test
    @TestSecurity(user = PartnerFixtures.SUSPENDED_ACCOUNT, roles = "partner")
    default void aSuspendedFirmIs403() {
        refusedWith(403);
    }

    @Test
    @TestSecurity(user = "service-account-stranger", roles = "partner")
    default void aFirmTheGuildDoesNotKnowIs403() {
        refusedWith(403);
    }

    @Test
    @TestSecurity(user = "member-caller", roles = "member")
    default void aMemberIs403() {
        refusedWith(403);
    }

    @Test
    @TestSecurity(user = "admin-caller", roles = { "admin", "member" })
    default void anAdminIs403() {
        refusedWith(403);
    }

    @Test
    @TestSecurity(user = "assessor-caller", roles = "assessor")
    default void anAssessorIs403() {
        refusedWith(403);
    }

    @Test
    @TestSecurity(user = "counsel-caller", roles = "counsel")
    default void aCounselIs403() {
        refusedWith(403);
    }

    @Test
    @TestSecurity(user = "applicant-caller")
    default void anApplicantIs403() {
        refusedWith(403);
    }

    @Test
    default void anonymousCallersAre401() {
        refusedWith(401);
    }
}
