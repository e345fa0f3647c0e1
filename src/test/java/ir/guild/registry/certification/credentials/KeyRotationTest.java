package ir.guild.registry.certification.credentials;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.keys.EllipticCurves;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.MembershipTestData;

/**
 * Keys given in configuration, as production gives them: two keys, the newer (Ed25519)
 * signing, the older (EC P-256) still published so what it signed keeps verifying.
 */
@QuarkusTest
@TestProfile(KeyRotationTest.TwoKeys.class)
class KeyRotationTest {

    public static class TwoKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("guild.credentials.keys", TestKeys.BOTH,
                    "guild.credentials.signing-key-id", TestKeys.NEW_KID);
        }
    }

    @Inject
    MemberFixtures members;

    @Inject
    MembershipTestData data;

    @BeforeEach
    @AfterEach
    void clean() {
        data.clear();
    }

    private static String signedBy(String privateJwk, String algorithm) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        PublicJsonWebKey key = PublicJsonWebKey.Factory.newPublicJwk(privateJwk);
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(algorithm);
        jws.setHeader("typ", "vc+jwt");
        jws.setPayload("{\"iss\":\"" + IndependentVerifier.issuer() + "\",\"iat\":" + System.currentTimeMillis() / 1000
                + ",\"type\":[\"VerifiableCredential\"]}");
        return jws.getCompactSerialization();
    }

    @Test
    void bothConfiguredKeysArePublishedWithoutTheirPrivateParts() {
        String body = given().when().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
        List<Map<String, Object>> keys = JsonPath.from(body).getList("keys");
        assertThat(keys).extracting(key -> key.get("kid")).containsExactly(TestKeys.OLD_KID, TestKeys.NEW_KID);
        assertThat(keys).extracting(key -> key.get("alg")).containsExactly("ES256", "EdDSA");
        assertThat(keys).allSatisfy(key -> assertThat(key).containsEntry("use", "sig")
                .doesNotContainKeys(JwksApiTest.PRIVATE_PARAMETERS.toArray(String[]::new)));
        assertThat(body).doesNotContain("sj_1y6ygfc9oUTsxK68prADTIJXv1NNo").doesNotContain("cPcYggr2EEtZtnack");
    }

    @Test
    @TestSecurity(user = "rotation-1", roles = "member")
    void credentialsAreSignedWithTheNamedKeyAndVerifyFromThePublishedSet() throws Exception {
        members.approve("rotation-1");
        String jwt = given().when().get("/api/v1/members/me/credential").then().statusCode(200).extract().asString();

        JsonWebSignature header = new JsonWebSignature();
        header.setCompactSerialization(jwt);
        assertThat(header.getKeyIdHeaderValue()).isEqualTo(TestKeys.NEW_KID);
        assertThat(header.getAlgorithmHeaderValue()).isEqualTo("EdDSA");
        JsonNode credential = IndependentVerifier.verify(jwt);
        assertThat(IndependentVerifier.statusBit(credential, "revocation")).isFalse();
    }

    @Test
    void aCredentialSignedWithTheOlderKeyStillVerifies() throws Exception {
        JsonNode verified = IndependentVerifier.verify(
                signedBy(TestKeys.OLD_EC, AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256));
        assertThat(verified.get("iss").asText()).isEqualTo(IndependentVerifier.issuer());
    }

    @Test
    void aTokenSignedWithAKeyTheGuildNeverPublishedIsRejected() throws Exception {
        PublicJsonWebKey stranger = EcJwkGenerator.generateJwk(EllipticCurves.P256);
        stranger.setKeyId(TestKeys.OLD_KID);
        String forged = signedBy(stranger.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE),
                AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        assertThatThrownBy(() -> IndependentVerifier.verify(forged)).isInstanceOf(InvalidJwtException.class);
    }
}
