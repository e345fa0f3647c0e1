package ir.guild.registry.certification;

import org.junit.jupiter.api.Test;

import io.quarkus.test.security.TestSecurity;

/**
 * The catalog is managed by admins alone: every other role is refused, and so is anyone not
 * signed in. The API and the pages each say what being refused means for them.
 */
public interface OnlyAdminsManageTheCatalog {

    /** Tries every admin action as the caller of the test, expecting {@code status} and nothing changed. */
    void refusedToEveryoneButAdmins(int status);

    @Test
    @TestSecurity(user = "member-1", roles = "member")
    default void membersCannotManageTheCatalog() {
        refusedToEveryoneButAdmins(403);
    }

    @Test
    @TestSecurity(user = "assessor-1", roles = { "assessor", "member" })
    default void assessorsCannotManageTheCatalog() {
        refusedToEveryoneButAdmins(403);
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    default void counselCannotManageTheCatalog() {
        refusedToEveryoneButAdmins(403);
    }

    @Test
    @TestSecurity(user = "partner-1", roles = "partner")
    default void partnerFirmsCannotManageTheCatalog() {
        refusedToEveryoneButAdmins(403);
    }

    @Test
    @TestSecurity(user = "applicant-1")
    default void applicantsCannotManageTheCatalog() {
        refusedToEveryoneButAdmins(403);
    }

    @Test
    default void anonymousCallersMustSignInFirst() {
        refusedToEveryoneButAdmins(401);
    }
}
