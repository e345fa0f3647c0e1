package ir.guild.registry.certification.credentials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/**
 * The guild's credential keys: several may be configured so that keys can rotate; one
 * signs, and the public parts of all are published. Every mistake in the configuration
 * stops the app at start with a message naming the setting, rather than at the first
 * credential someone asks for.
 */
public final class CredentialKeys {

    private static final Logger LOG = Logger.getLogger(CredentialKeys.class);

    /** The JOSE type of a credential secured as a JWT (VC Data Model 2.0, "Securing with JOSE"). */
    public static final JOSEObjectType VC_JWT = new JOSEObjectType("vc+jwt");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JWK signingKey;
    private final JWSSigner signer;
    private final JWKSet publicKeys;

    private CredentialKeys(JWK signingKey, JWSSigner signer, JWKSet publicKeys) {
        this.signingKey = signingKey;
        this.signer = signer;
        this.publicKeys = publicKeys;
    }

    /** The keys configured in {@code guild.credentials.keys}, else those kept in the key file. */
    public static CredentialKeys load(CredentialsConfig config) {
        Optional<String> configured = config.keys().filter(keys -> !keys.isBlank());
        if (configured.isPresent()) {
            return of(parse(configured.get(), CredentialsConfig.KEYS + " (" + CredentialsConfig.KEYS_ENV + ")"),
                    config.signingKeyId(), CredentialsConfig.KEYS);
        }
        if (config.keyFile().isPresent()) {
            Path file = config.keyFile().get();
            return of(readOrCreate(file), config.signingKeyId(), CredentialsConfig.KEY_FILE + " (" + file + ")");
        }
        throw new IllegalStateException("No key to sign credentials with: set " + CredentialsConfig.KEYS
                + " (environment " + CredentialsConfig.KEYS_ENV + ") to a JWK Set of private EC P-256 or Ed25519 keys,"
                + " each with a kid, and " + CredentialsConfig.SIGNING_KEY_ID + " to the kid that signs");
    }

    /**
     * Checks every key and picks the signing one.
     *
     * @param origin the setting the keys came from, for error messages
     */
    static CredentialKeys of(JWKSet privateKeys, Optional<String> signingKeyId, String origin) {
        if (privateKeys.getKeys().isEmpty()) {
            throw new IllegalStateException(origin + " holds no key");
        }
        List<JWK> published = new ArrayList<>();
        Set<String> kids = new HashSet<>();
        for (JWK key : privateKeys.getKeys()) {
            JWK checked = checked(key, origin);
            if (!kids.add(checked.getKeyID())) {
                throw new IllegalStateException(origin + " holds two keys with kid " + checked.getKeyID());
            }
            published.add(checked);
        }
        JWK signing;
        if (signingKeyId.isPresent()) {
            signing = published.stream().filter(key -> key.getKeyID().equals(signingKeyId.get())).findFirst()
                    .orElseThrow(() -> new IllegalStateException(CredentialsConfig.SIGNING_KEY_ID + " names kid "
                            + signingKeyId.get() + ", but " + origin + " holds only " + kids));
        } else if (published.size() == 1) {
            signing = published.get(0);
        } else {
            throw new IllegalStateException(origin + " holds several keys " + kids + ": set "
                    + CredentialsConfig.SIGNING_KEY_ID + " to the one that signs");
        }
        return new CredentialKeys(signing, signerFor(signing),
                new JWKSet(published.stream().map(JWK::toPublicJWK).toList()));
    }

    /** A private key the guild can sign with, carrying its kid, {@code alg} and {@code use: sig}. */
    private static JWK checked(JWK key, String origin) {
        String kid = key.getKeyID();
        if (kid == null || kid.isBlank()) {
            throw new IllegalStateException("Every key in " + origin + " needs a kid");
        }
        if (!key.isPrivate()) {
            throw new IllegalStateException("Key " + kid + " in " + origin + " is public only; the private key is needed");
        }
        if (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())) {
            throw new IllegalStateException("Key " + kid + " in " + origin + " is not meant for signatures (use "
                    + key.getKeyUse().identifier() + ")");
        }
        if (key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
            requireAlgorithm(key, JWSAlgorithm.ES256, origin);
            return new ECKey.Builder(ec).algorithm(JWSAlgorithm.ES256).keyUse(KeyUse.SIGNATURE).build();
        }
        if (key instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
            requireAlgorithm(key, JWSAlgorithm.EdDSA, origin);
            return new OctetKeyPair.Builder(okp).algorithm(JWSAlgorithm.EdDSA).keyUse(KeyUse.SIGNATURE).build();
        }
        throw new IllegalStateException("Key " + kid + " in " + origin
                + " is neither an EC P-256 key (ES256) nor an Ed25519 key (EdDSA)");
    }

    private static void requireAlgorithm(JWK key, JWSAlgorithm expected, String origin) {
        if (key.getAlgorithm() != null && !expected.equals(key.getAlgorithm())) {
            throw new IllegalStateException("Key " + key.getKeyID() + " in " + origin + " says alg "
                    + key.getAlgorithm() + "; its curve signs " + expected);
        }
    }

    private static JWSSigner signerFor(JWK key) {
        try {
            return key instanceof ECKey ec ? new ECDSASigner(ec) : new JdkEd25519Signer((OctetKeyPair) key);
        } catch (JOSEException e) {
            throw new IllegalStateException("Key " + key.getKeyID() + " cannot sign: " + e.getMessage(), e);
        }
    }

    private static JWKSet parse(String json, String origin) {
        try {
            return JWKSet.parse(json);
        } catch (ParseException e) {
            // The message of the parser could quote key material; it is left out on purpose.
            throw new IllegalStateException(origin + " is not a JWK Set ({\"keys\": [...]})");
        }
    }

    /**
     * The key set kept in {@code file}, made on first start with one new EC P-256 key. The
     * file is readable by its owner only; two instances starting at once keep the first one's.
     */
    static JWKSet readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return parse(Files.readString(file, StandardCharsets.UTF_8), CredentialsConfig.KEY_FILE + " " + file);
            }
            ECKey key = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true).generate();
            JWKSet keys = new JWKSet(key);
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path draft = Files.createTempFile(directory, ".credential-keys", ".json",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(draft, keys.toString(false), StandardCharsets.UTF_8);
            try {
                // A hard link appears whole and never replaces a file another instance made meanwhile.
                Files.createLink(file, draft);
            } catch (FileAlreadyExistsException e) {
                return readOrCreate(file);
            } finally {
                Files.deleteIfExists(draft);
            }
            LOG.infof("Generated the credential signing key %s in %s", key.getKeyID(), file);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the credential keys in " + CredentialsConfig.KEY_FILE + " "
                    + file, e);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a credential key", e);
        }
    }

    /** Signs {@code claims} as a compact JWS of type {@code vc+jwt}, with the signing key's kid. */
    public String sign(Map<String, Object> claims) {
        JWSHeader header = new JWSHeader.Builder((JWSAlgorithm) signingKey.getAlgorithm())
                .type(VC_JWT)
                .contentType("vc")
                .keyID(signingKey.getKeyID())
                .build();
        JWSObject jws;
        try {
            // Jackson keeps the order the credential was written in, so it reads as the specification lays it out.
            jws = new JWSObject(header, new Payload(JSON.writeValueAsString(claims)));
            jws.sign(signer);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A credential that is not JSON", e);
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing with key " + signingKey.getKeyID() + " failed", e);
        }
        return jws.serialize();
    }

    public String signingKeyId() {
        return signingKey.getKeyID();
    }

    /** The public parts of every key, as published at {@code /.well-known/jwks.json}. */
    public JWKSet publicKeys() {
        return publicKeys;
    }
}
