package ir.guild.registry.certification.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.jwk.JWK;

class CredentialKeysTest {

    @TempDir
    Path dir;

    @Test
    void withoutKeysOrKeyFileTheAppRefusesToStartNamingTheSetting() {
        TestKeys.Config none = new TestKeys.Config("https://guild.example", Optional.empty(), Optional.empty(),
                Optional.empty());
        assertThatThrownBy(() -> CredentialKeys.load(none))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("guild.credentials.keys")
                .hasMessageContaining("GUILD_CREDENTIALS_KEYS");
    }

    @Test
    void blankKeysCountAsNoKeys() {
        TestKeys.Config blank = new TestKeys.Config("https://guild.example", Optional.empty(), Optional.of("  "),
                Optional.empty());
        assertThatThrownBy(() -> CredentialKeys.load(blank)).hasMessageContaining("guild.credentials.keys");
    }

    @Test
    void aKeyFileIsGeneratedOnFirstStartReadableByItsOwnerOnlyAndReusedLater() throws Exception {
        Path file = dir.resolve("local/credential-keys.json");
        CredentialKeys first = CredentialKeys.load(TestKeys.Config.keyFile(file));

        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains("\"d\"").contains(first.signingKeyId());
        assertThat(first.publicKeys().getKeys()).singleElement()
                .satisfies(key -> assertThat(key.getAlgorithm().getName()).isEqualTo("ES256"));

        CredentialKeys later = CredentialKeys.load(TestKeys.Config.keyFile(file));
        assertThat(later.signingKeyId()).isEqualTo(first.signingKeyId());
        assertThat(later.publicKeys().toString()).isEqualTo(first.publicKeys().toString());
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void configuredKeysAreAllPublishedAndTheNamedOneSigns() throws Exception {
        CredentialKeys keys = CredentialKeys.load(TestKeys.Config.keys(TestKeys.BOTH, TestKeys.OLD_KID));

        assertThat(keys.signingKeyId()).isEqualTo(TestKeys.OLD_KID);
        assertThat(keys.publicKeys().getKeys()).extracting(JWK::getKeyID)
                .containsExactly(TestKeys.OLD_KID, TestKeys.NEW_KID);
        assertThat(keys.publicKeys().getKeys()).extracting(key -> key.getAlgorithm().getName())
                .containsExactly("ES256", "EdDSA");
        assertThat(keys.publicKeys().getKeys()).allSatisfy(key -> {
            assertThat(key.isPrivate()).isFalse();
            assertThat(key.getKeyUse().identifier()).isEqualTo("sig");
        });
        assertThat(keys.publicKeys().toString(false)).doesNotContain("\"d\"");

        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(keys.sign(Map.of("iss", "https://guild.example")));
        assertThat(jws.getKeyIdHeaderValue()).isEqualTo(TestKeys.OLD_KID);
        assertThat(jws.getHeader("typ")).isEqualTo("vc+jwt");
        jws.setKey(JsonWebKey.Factory.newJwk(keys.publicKeys().getKeyByKeyId(TestKeys.OLD_KID).toJSONString())
                .getKey());
        assertThat(jws.verifySignature()).isTrue();
    }

    @Test
    void anEd25519KeySignsWithEdDsa() throws Exception {
        CredentialKeys keys = CredentialKeys.load(TestKeys.Config.keys(TestKeys.BOTH, TestKeys.NEW_KID));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(keys.sign(Map.of("iss", "https://guild.example")));
        assertThat(jws.getAlgorithmHeaderValue()).isEqualTo("EdDSA");
        jws.setKey(JsonWebKey.Factory.newJwk(keys.publicKeys().getKeyByKeyId(TestKeys.NEW_KID).toJSONString())
                .getKey());
        assertThat(jws.verifySignature()).isTrue();
    }

    @Test
    void severalKeysWithoutASigningKeyIdAreRefused() {
        assertThatThrownBy(() -> CredentialKeys.load(TestKeys.Config.keys(TestKeys.BOTH, null)))
                .hasMessageContaining("guild.credentials.signing-key-id");
    }

    @Test
    void aSigningKeyIdThatNamesNoKeyIsRefused() {
        assertThatThrownBy(() -> CredentialKeys.load(TestKeys.Config.keys(TestKeys.BOTH, "guild-1999")))
                .hasMessageContaining("guild.credentials.signing-key-id")
                .hasMessageContaining("guild-1999");
    }

    @Test
    void aSingleKeySignsWithoutBeingNamed() {
        CredentialKeys keys = CredentialKeys.load(TestKeys.Config.keys("{\"keys\":[" + TestKeys.OLD_EC + "]}", null));
        assertThat(keys.signingKeyId()).isEqualTo(TestKeys.OLD_KID);
    }

    @Test
    void keysThatCannotSignAreRefusedWithoutQuotingThem() {
        String publicOnly = TestKeys.OLD_EC.replaceAll("\"d\":\"[^\"]+\",", "");
        assertThatThrownBy(() -> CredentialKeys.load(TestKeys.Config.keys("{\"keys\":[" + publicOnly + "]}", null)))
                .hasMessageContaining("public only");

        String withoutKid = TestKeys.OLD_EC.replace("\"kid\":\"guild-2025\",", "");
        assertThatThrownBy(() -> CredentialKeys.load(TestKeys.Config.keys("{\"keys\":[" + withoutKid + "]}", null)))
                .hasMessageContaining("needs a kid");

        String secret = "{\"keys\":[{\"kty\":\"oct\",\"kid\":\"hmac\",\"k\":\"c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0\"}]}";
        assertThatThrownBy(() -> CredentialKeys.load(TestKeys.Config.keys(secret, null)))
                .hasMessageContaining("neither an EC P-256 key");

        assertThatThrownBy(() -> CredentialKeys.load(TestKeys.Config.keys("{\"keys\": [ {\"d\": \"sj_1y6", null)))
                .hasMessageContaining("not a JWK Set")
                .hasMessageNotContaining("sj_1y6");
    }
}
