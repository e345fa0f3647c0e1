package ir.guild.registry.certification.credentials;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The guild's signing keys for verifiable credentials. Production gives the keys in
 * {@code keys} (a JWK Set of private keys); the local run and the tests keep a generated
 * key in {@code key-file} instead.
 */
@ConfigMapping(prefix = "guild.credentials")
public interface CredentialsConfig {

    String KEYS = "guild.credentials.keys";
    String KEYS_ENV = "GUILD_CREDENTIALS_KEYS";
    String SIGNING_KEY_ID = "guild.credentials.signing-key-id";
    String KEY_FILE = "guild.credentials.key-file";

    /** The issuer of every credential, as verifiers see it. */
    @WithDefault("${guild.public-url}")
    String issuer();

    /**
     * The {@code kid} of the key that signs; may be left out when there is only one key.
     * The other keys stay published so that credentials they signed still verify.
     */
    Optional<String> signingKeyId();

    /**
     * A JWK Set of private keys (EC P-256 for ES256, or Ed25519 for EdDSA), each with a
     * {@code kid}. Every key's public part is published at {@code /.well-known/jwks.json}.
     */
    Optional<String> keys();

    /**
     * Where a key generated on first start is kept (readable by the owner only) when no
     * {@code keys} are given; meant for the local run and the tests, not for production.
     */
    Optional<Path> keyFile();
}
