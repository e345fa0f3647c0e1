package ir.guild.registry.partner;

import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.web.Language;

/** A firm registered by an admin verifies members until the moment it is suspended, and again once reactivated. */
@QuarkusTest
class SuspendedPartnerTest {

    static final String CLIENT = PartnerService.CLIENT_PREFIX + AdminPartnerApiTest.COMPANY_ID;

    @Inject
    MembershipTestData data;

    @Inject
    MemberFixtures members;

    @Inject
    PartnerFixtures partners;

    @Inject
    PartnerService service;

    @Inject
    RecordingPartnerClients keycloak;

    @BeforeEach
    void clean() {
        data.clear();
        keycloak.reset();
    }

    @Test
    @TestSecurity(user = PartnerCallers.SERVICE_ACCOUNT + CLIENT, roles = "partner")
    void aSuspendedFirmsVerificationIsRefusedRightAway() {
        PartnerFirm firm = service.register(new PartnerForm("Registered Firm", AdminPartnerApiTest.COMPANY_ID,
                "hr@registered.example"), MemberFixtures.ADMIN, Language.EN).firm();
        Member member = members.approve("checked-member");
        String code = partners.code(member, ShareScope.MEMBERSHIP, null).code();

        PartnerVerificationApiTest.verify(member.membershipNumber, code).then().statusCode(200)
                .body("verified", equalTo(true));

        PartnerFirm suspended = service.suspend(firm.id, firm.version, MemberFixtures.ADMIN);
        PartnerVerificationApiTest.verify(member.membershipNumber, code).then().statusCode(403)
                .contentType("application/problem+json");
        PartnerVerificationApiTest.verify(member.membershipNumber, code).then().statusCode(403);

        service.reactivate(firm.id, suspended.version, MemberFixtures.ADMIN);
        PartnerVerificationApiTest.verify(member.membershipNumber, code).then().statusCode(200)
                .body("verified", equalTo(true));
    }
}
