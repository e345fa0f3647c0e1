package ir.guild.registry.certification.credentials;

import java.util.Locale;

/**
 * What a bit of a status list says (W3C Bitstring Status List v1.0): a revoked credential
 * never comes back; a suspended one may.
 */
public enum StatusPurpose {
    REVOCATION, SUSPENSION;

    /** The name the specification uses for {@code statusPurpose}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
