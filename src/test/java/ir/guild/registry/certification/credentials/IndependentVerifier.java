package ir.guild.registry.certification.credentials;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks the guild's credentials the way an outside verifier would: with jose4j (the app
 * signs with Nimbus), using only what it fetches over HTTP, the JWK Set and the status lists.
 */
final class IndependentVerifier {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IndependentVerifier() {
    }

    static String issuer() {
        return ConfigProvider.getConfig().getValue("guild.credentials.issuer", String.class);
    }

    static JsonWebKeySet publishedKeys() {
        String jwks = given().when().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
        try {
            return new JsonWebKeySet(jwks);
        } catch (JoseException e) {
            throw new AssertionError("The published JWK Set does not parse: " + e.getMessage(), e);
        }
    }

    /** The verified payload of a VC-JWT; fails the test when the signature or the header is wrong. */
    static JsonNode verify(String jwt) throws InvalidJwtException {
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(publishedKeys().getJsonWebKeys()))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "ES256", "EdDSA")
                .setExpectedType(true, "vc+jwt")
                .setExpectedIssuer(issuer())
                .setRequireIssuedAt()
                .setSkipDefaultAudienceValidation()
                .build();
        try {
            return JSON.readTree(consumer.processToClaims(jwt).getRawJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the credential's status entry for {@code purpose} is set: fetches the list the
     * entry names, verifies it, and reads the bit. The list is fetched from this test's
     * server at the path of the URL, whose origin is the configured public URL.
     */
    static boolean statusBit(JsonNode credential, String purpose) throws InvalidJwtException {
        JsonNode entry = entry(credential, purpose);
        String url = entry.get("statusListCredential").asText();
        assertThat(url).startsWith(ConfigProvider.getConfig().getValue("guild.public-url", String.class));
        String jwt = given().when().get(URI.create(url).getPath())
                .then().statusCode(200).contentType("application/vc+jwt").extract().asString();
        JsonNode list = verify(jwt);
        assertThat(list.get("type").toString()).contains("BitstringStatusListCredential");
        assertThat(list.get("id").asText()).isEqualTo(url);
        JsonNode subject = list.get("credentialSubject");
        assertThat(subject.get("type").asText()).isEqualTo("BitstringStatusList");
        assertThat(subject.get("statusPurpose").asText()).isEqualTo(purpose);
        byte[] bits = decode(subject.get("encodedList").asText());
        assertThat(bits.length * 8).isGreaterThanOrEqualTo(131_072);
        int position = Integer.parseInt(entry.get("statusListIndex").asText());
        return (bits[position / 8] & (0x80 >>> (position % 8))) != 0;
    }

    static JsonNode entry(JsonNode credential, String purpose) {
        for (JsonNode entry : credential.get("credentialStatus")) {
            if (purpose.equals(entry.get("statusPurpose").asText())) {
                assertThat(entry.get("type").asText()).isEqualTo("BitstringStatusListEntry");
                return entry;
            }
        }
        throw new AssertionError("No " + purpose + " entry in " + credential.get("credentialStatus"));
    }

    /** Multibase base64url (prefix {@code u}), then GZIP. */
    static byte[] decode(String encodedList) {
        assertThat(encodedList).startsWith("u");
        byte[] compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return gzip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
