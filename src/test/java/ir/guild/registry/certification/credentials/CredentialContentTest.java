package ir.guild.registry.certification.credentials;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ir.guild.registry.certification.Certificate;
import ir.guild.registry.certification.IssuedCertificates;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;

/** What a signed credential says, and what it must never say. */
@QuarkusTest
class CredentialContentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MemberFixtures members;

    @Inject
    IssuedCertificates certificates;

    @Inject
    CredentialSigner signer;

    @BeforeEach
    @AfterEach
    void clean() {
        certificates.clear();
    }

    private static JsonNode part(String jwt, int index) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String name = it.next();
                names.add(name);
                names.addAll(fieldNames(node.get(name)));
            }
        } else if (node.isArray()) {
            node.forEach(item -> names.addAll(fieldNames(item)));
        }
        return names;
    }

    private static void assertNoPersonalContacts(String jwt, Member member) throws Exception {
        String payload = part(jwt, 1).toString();
        assertThat(payload).doesNotContain(member.nationalId).doesNotContain(member.email)
                .doesNotContain(member.mobile).doesNotContain(member.mobile.substring(1));
        assertThat(fieldNames(part(jwt, 1))).map(String::toLowerCase)
                .noneMatch(name -> name.contains("national") || name.contains("email") || name.contains("mail")
                        || name.contains("mobile") || name.contains("phone"));
    }

    @Test
    @TestSecurity(user = "content-1", roles = "member")
    void aCertificateCredentialHoldsTheHolderAndWhatIsCertifiedAndNothingElse() throws Exception {
        Member holder = members.approve("content-1");
        Certificate certificate = certificates.grant(holder);

        String jwt = given().when().get("/api/v1/certificates/{id}/credential", certificate.id)
                .then().statusCode(200).contentType("application/vc+jwt")
                .header("Cache-Control", "no-store").extract().asString();

        JsonNode header = part(jwt, 0);
        assertThat(header.get("typ").asText()).isEqualTo("vc+jwt");
        assertThat(header.get("cty").asText()).isEqualTo("vc");
        assertThat(header.get("alg").asText()).isEqualTo("ES256");
        assertThat(header.get("kid").asText()).isEqualTo(signer.signingKeyId());

        JsonNode vc = IndependentVerifier.verify(jwt);
        assertThat(vc.get("@context").get(0).asText()).isEqualTo("https://www.w3.org/ns/credentials/v2");
        assertThat(vc.get("type").toString()).isEqualTo("[\"VerifiableCredential\",\"GuildCertificateCredential\"]");
        assertThat(vc.get("issuer").asText()).isEqualTo(IndependentVerifier.issuer()).isEqualTo(vc.get("iss").asText());
        assertThat(vc.get("validFrom").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(vc.get("validUntil").asText())
                .isEqualTo(certificate.expiresOn.plusDays(1) + "T00:00:00+03:30");

        JsonNode subject = vc.get("credentialSubject");
        assertThat(subject.get("name").asText()).isEqualTo("سارا رضایی");
        assertThat(subject.get("nameLatin").asText()).isEqualTo("Sara Rezaei");
        assertThat(subject.get("membershipNumber").asText()).isEqualTo(holder.membershipNumber);
        JsonNode certified = subject.get("certificate");
        assertThat(certified.get("publicCode").asText()).isEqualTo(certificate.displayCode())
                .matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(certified.get("trackCode").asText()).isEqualTo(certificate.track.code);
        assertThat(certified.get("trackTitle").asText()).isEqualTo("برنامه‌نویسی بک‌اند با جاوا");
        assertThat(certified.get("trackTitleEn").asText()).isEqualTo("Backend development in Java");
        assertThat(certified.get("level").asInt()).isEqualTo(2);
        assertThat(certified.get("issuedOn").asText()).isEqualTo(certificate.issuedOn.toString());
        assertThat(certified.get("expiresOn").asText()).isEqualTo(certificate.expiresOn.toString());

        JsonNode status = vc.get("credentialStatus");
        assertThat(status).hasSize(2);
        String position = Long.toString(certificate.statusIndex % StatusListId.SIZE);
        String list = Long.toString(certificate.statusIndex / StatusListId.SIZE);
        for (String purpose : List.of("revocation", "suspension")) {
            JsonNode entry = IndependentVerifier.entry(vc, purpose);
            String url = "http://127.0.0.1:8080/api/v1/public/status-lists/" + purpose + "-" + list;
            assertThat(entry.get("statusListCredential").asText()).isEqualTo(url);
            assertThat(entry.get("statusListIndex").isTextual()).isTrue();
            assertThat(entry.get("statusListIndex").asText()).isEqualTo(position);
            assertThat(entry.get("id").asText()).isEqualTo(url + "#" + position);
        }
        assertNoPersonalContacts(jwt, holder);
    }

    @Test
    @TestSecurity(user = "content-2", roles = "member")
    void aMembershipCredentialHoldsTheGradeAndValidityAndNoContactDetails() throws Exception {
        Member member = members.approve("content-2");

        String jwt = given().when().get("/api/v1/members/me/credential")
                .then().statusCode(200).contentType("application/vc+jwt").extract().asString();

        JsonNode vc = IndependentVerifier.verify(jwt);
        assertThat(vc.get("type").toString()).isEqualTo("[\"VerifiableCredential\",\"GuildMembershipCredential\"]");
        assertThat(vc.get("validUntil").asText()).isEqualTo(member.validUntil.plusDays(1) + "T00:00:00+03:30");
        JsonNode subject = vc.get("credentialSubject");
        assertThat(subject.get("membershipNumber").asText()).isEqualTo(member.membershipNumber);
        assertThat(subject.get("name").asText()).isEqualTo(member.fullName);
        assertThat(subject.get("nameLatin").asText()).isEqualTo(member.fullNameLatin);
        assertThat(subject.at("/membership/grade").asText()).isEqualTo("MEMBER");
        assertThat(subject.at("/membership/memberSince").asText()).isEqualTo(member.memberSince.toString());
        assertThat(subject.at("/membership/validUntil").asText()).isEqualTo(member.validUntil.toString());
        assertThat(IndependentVerifier.entry(vc, "suspension").get("statusListIndex").asText())
                .isEqualTo(Long.toString(member.statusIndex % StatusListId.SIZE));
        assertThat(fieldNames(subject)).containsExactlyInAnyOrder("name", "nameLatin", "membershipNumber",
                "membership", "grade", "memberSince", "validUntil");
        assertNoPersonalContacts(jwt, member);
    }

    @Test
    void statusListsArePublicSignedAndNeverCachedStale() throws Exception {
        String jwt = given().when().get("/api/v1/public/status-lists/revocation-0")
                .then().statusCode(200).contentType("application/vc+jwt")
                .header("Cache-Control", "public, no-cache")
                .header("Access-Control-Allow-Origin", "*")
                .extract().asString();
        JsonNode list = IndependentVerifier.verify(jwt);
        assertThat(list.get("type").toString()).isEqualTo("[\"VerifiableCredential\",\"BitstringStatusListCredential\"]");
        assertThat(list.at("/credentialSubject/statusPurpose").asText()).isEqualTo("revocation");
        assertThat(IndependentVerifier.decode(list.at("/credentialSubject/encodedList").asText())).hasSize(16_384);
        assertThat(part(jwt, 0).get("typ").asText()).isEqualTo("vc+jwt");

        given().when().get("/api/v1/public/status-lists/suspension-0").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "content-3", roles = "partner")
    void statusListsAnswerSignedInCallersAlike() {
        given().when().get("/api/v1/public/status-lists/suspension-0")
                .then().statusCode(200).contentType("application/vc+jwt");
    }

    @Test
    void unknownStatusListsAre404Problems() {
        for (String id : List.of("expiry-0", "revocation-999999", "revocation-01", "revocation")) {
            given().when().get("/api/v1/public/status-lists/" + id)
                    .then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void theApiDescriptionNamesTheCredentialFormat() {
        String openApi = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertThat(openApi).contains("/api/v1/members/me/credential", "/api/v1/certificates/{id}/credential",
                "/api/v1/public/status-lists/{id}", "/.well-known/jwks.json", "typ: vc+jwt", "application/vc+jwt");
    }
}
