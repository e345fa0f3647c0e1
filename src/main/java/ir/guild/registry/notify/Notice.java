package ir.guild.registry.notify;

import java.util.Objects;

/**
 * One notification to one person, rendered in their language. The email carries the whole
 * message; SMS and messenger carry only {@code shortText} and the {@code link}, so they never hold
 * confidential content (a legal-aid case's text, a national ID, a reason written by staff): they
 * say what happened and point at the page, behind a sign-in.
 *
 * @param to who receives it
 * @param subject the email's subject
 * @param body the email's text
 * @param shortText a sentence or two for SMS and messenger, at most {@value #MAX_SHORT_TEXT} characters
 * @param link the absolute address of the page it is about
 */
public record Notice(Recipient to, String subject, String body, String shortText, String link) {

    public static final int MAX_SHORT_TEXT = 280;

    public Notice {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(shortText, "shortText");
        Objects.requireNonNull(link, "link");
        if (shortText.isBlank() || shortText.length() > MAX_SHORT_TEXT) {
            throw new IllegalArgumentException("A notice's short text is 1 to " + MAX_SHORT_TEXT + " characters");
        }
    }
}
