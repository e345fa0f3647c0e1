package ir.guild.registry.certification.credentials.rest;

import java.util.Optional;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import ir.guild.registry.common.ProblemException;

/** How signed credentials travel over HTTP. */
final class CredentialMediaTypes {

    /** A credential secured with JOSE, as the VC-JOSE-COSE recommendation names it. */
    static final String VC_JWT = "application/vc+jwt";
    /** The generic JWT type, for clients that know no better. */
    static final String JWT = "application/jwt";
    static final String JWK_SET = "application/jwk-set+json";

    /**
     * What every credential endpoint says about the format, for the OpenAPI document. Written once
     * so the description and the code never disagree.
     */
    static final String FORMAT = "A W3C Verifiable Credential (Data Model 2.0) secured with JOSE: a compact JWS "
            + "with header `typ: vc+jwt`, `cty: vc`, `alg` ES256 or EdDSA and the `kid` of a key published at "
            + "`/.well-known/jwks.json`. The JWT payload is the credential itself (`@context`, `type`, `issuer`, "
            + "`validFrom`, `validUntil`, `credentialSubject`, `credentialStatus`), plus `iss` and `iat`. "
            + "`credentialStatus` holds two `BitstringStatusListEntry` items (statusPurpose `revocation` and "
            + "`suspension`) pointing at `/api/v1/public/status-lists/{id}`. The credential never holds a "
            + "national ID, email or phone number.";

    private CredentialMediaTypes() {
    }

    /**
     * A credential that names its holder, for the holder (or an admin): no cache may keep it.
     * Without one, 404 with {@code missing} as the detail.
     */
    static Response personal(Optional<String> jwt, String missing) {
        return Response.ok(jwt.orElseThrow(() -> ProblemException.notFound(missing)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
