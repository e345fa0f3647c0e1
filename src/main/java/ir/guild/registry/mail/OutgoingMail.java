package ir.guild.registry.mail;

import java.util.Objects;

/** An email as the outbox stores it: already rendered, in the recipient's language. */
public record OutgoingMail(String to, String subject, String html, String text) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
    }
}
