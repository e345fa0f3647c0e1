package ir.guild.registry.certification.credentials;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** The published keys: public parts only, each named, typed and meant for signatures. */
@QuarkusTest
class JwksApiTest {

    /** Every private member a JWK can have: EC and OKP {@code d}, RSA's factors, a secret key's {@code k}. */
    static final List<String> PRIVATE_PARAMETERS = List.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

    @Test
    void theKeySetIsPublicCacheableForAShortTimeAndHoldsNoPrivatePart() {
        String body = given().when().get("/.well-known/jwks.json")
                .then().statusCode(200)
                .contentType("application/jwk-set+json")
                .header("Cache-Control", "public, max-age=300")
                .header("Access-Control-Allow-Origin", "*")
                .extract().asString();

        List<Map<String, Object>> keys = JsonPath.from(body).getList("keys");
        assertThat(keys).hasSize(1);
        Map<String, Object> key = keys.get(0);
        assertThat(key).containsEntry("kty", "EC").containsEntry("crv", "P-256").containsEntry("alg", "ES256")
                .containsEntry("use", "sig").containsKeys("kid", "x", "y");
        assertThat(key).doesNotContainKeys(PRIVATE_PARAMETERS.toArray(String[]::new));
        assertThat(body).doesNotContain("\"d\"");
    }

    @Test
    void theTestRunKeepsItsGeneratedKeyInAFileOnlyItsOwnerReads() throws Exception {
        Path file = Path.of(ConfigProvider.getConfig().getValue("guild.credentials.key-file", String.class));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String kid = given().when().get("/.well-known/jwks.json").then().extract().path("keys[0].kid");
        assertThat(Files.readString(file)).contains("\"kid\":\"" + kid + "\"").contains("\"d\"");
    }

    @Test
    @TestSecurity(user = "jwks-member", roles = "member")
    void signedInCallersGetTheSameKeys() {
        given().when().get("/.well-known/jwks.json").then().statusCode(200).contentType("application/jwk-set+json");
    }

    @Test
    void clientsAskingForPlainJsonGetIt() {
        given().accept("application/json").when().get("/.well-known/jwks.json")
                .then().statusCode(200).contentType("application/json");
    }
}
