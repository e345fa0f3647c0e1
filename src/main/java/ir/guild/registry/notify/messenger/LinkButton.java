package ir.guild.registry.notify.messenger;

import java.net.URI;
import java.util.Objects;

/**
 * One inline button under a message that opens a page of the registry, so that messages can say
 * what happened and leave the details behind a sign-in.
 *
 * @param label the button's text in the member's language, e.g. "open the page"
 * @param url an absolute http(s) address
 */
public record LinkButton(String label, URI url) {

    public LinkButton {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
        if (label.isBlank()) {
            throw new IllegalArgumentException("A link button needs a label");
        }
        if (!url.isAbsolute() || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
            throw new IllegalArgumentException("A link button opens an http(s) address");
        }
    }
}
