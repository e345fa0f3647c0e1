package ir.guild.registry.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Counts each request to the annotated endpoint (or every endpoint of the annotated class)
 * against the named limit of {@code guild.rate-limits}, per client: by default per client
 * address, or per whatever {@link #key()} chooses (the partner firm calling). Beyond the limit
 * the request is answered 429 with {@code Retry-After}.
 */
@NameBinding
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {

    /** Every public check of a certificate or a membership, pages and JSON alike. */
    String PUBLIC_VERIFICATION = "public-verification";

    /** Partner firms' verifications of members, counted per firm. */
    String PARTNER_VERIFICATION = "partner-verification";

    /** Used by the filter only, to bind itself to every endpoint whatever limit it names. */
    String ANY = "*";

    /** The limit's name under {@code guild.rate-limits}, e.g. {@code public-verification}. */
    String value();

    /** Whom the limit counts; a CDI bean. */
    Class<? extends RateLimitKey> key() default ClientAddress.class;
}
