package ir.guild.registry.certification;

import java.util.ArrayList;
import java.util.List;

import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.web.Language;

/**
 * Normalises and checks what a member or an assessor wrote, collecting every error before
 * refusing, so a client learns all it must fix at once.
 */
final class RequestChecks {

    static final int EVIDENCE_MAX = 4000;
    static final int REASON_MAX = 2000;
    static final int LINKS_MAX = 10;
    static final int LINK_MAX = 300;

    private final FieldChecks checks;

    RequestChecks(Language language) {
        this.checks = new FieldChecks(language);
    }

    Language language() {
        return checks.language();
    }

    FieldChecks fields() {
        return checks;
    }

    void reject(String field, CertificationInvalid reason, Object... arguments) {
        checks.reject(field, reason, arguments);
    }

    boolean ok(String field) {
        return checks.ok(field);
    }

    String paragraphs(String field, String raw, boolean required, int maxLength) {
        return checks.paragraphs(field, raw, required, maxLength);
    }

    /** The links given, blanks dropped, each checked and named by its position as sent ({@code links[2]}). */
    List<String> links(List<String> raw) {
        List<String> links = new ArrayList<>();
        if (raw == null) {
            return links;
        }
        for (int i = 0; i < raw.size(); i++) {
            String link = checks.url("links[" + i + "]", raw.get(i), LINK_MAX);
            if (link != null) {
                links.add(link);
            }
        }
        if (links.size() > LINKS_MAX) {
            reject("links", CertificationInvalid.TOO_MANY_LINKS, LINKS_MAX);
        }
        return links;
    }

    /** A level of {@code track}, or null (with the error noted) when it is missing, malformed or not one of its levels. */
    Integer level(String field, String raw, Track track, boolean required) {
        Integer level = checks.number(field, raw, 1, 5, required);
        if (level != null && track != null && track.level(level).isEmpty()) {
            reject(field, CertificationInvalid.NOT_A_LEVEL);
            return null;
        }
        return level;
    }

    /** Refuses with every error found, if there is any. */
    void throwIfInvalid() {
        checks.throwIfInvalid();
    }
}
