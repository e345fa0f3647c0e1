package ir.guild.registry.notify;

import java.util.Objects;

import ir.guild.registry.web.Language;

/**
 * Who a notice goes to: their email address, always, and their Keycloak account, through which
 * the channels they chose are found (null for an address without an account: email only).
 */
public record Recipient(String accountSubject, String email, Language language) {

    public Recipient {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
    }
}
