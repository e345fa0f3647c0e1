package ir.guild.registry.certification.credentials;

import java.util.Map;

import jakarta.inject.Singleton;

import com.nimbusds.jose.jwk.JWKSet;

import io.quarkus.runtime.Startup;

/**
 * Signs the guild's credentials with the configured key. Loaded at start, so that missing
 * or broken keys stop the app with a message naming the setting to fix.
 */
@Startup
@Singleton
public class CredentialSigner {

    private final CredentialKeys keys;
    private final String issuer;

    CredentialSigner(CredentialsConfig config) {
        this.keys = CredentialKeys.load(config);
        this.issuer = config.issuer();
    }

    /** The issuer every credential names; the same as the JWT {@code iss}. */
    public String issuer() {
        return issuer;
    }

    /** The credential, signed as a VC-JWT. */
    public String sign(Map<String, Object> credential) {
        return keys.sign(credential);
    }

    public String signingKeyId() {
        return keys.signingKeyId();
    }

    public JWKSet publicKeys() {
        return keys.publicKeys();
    }
}
