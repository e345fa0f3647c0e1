package ir.guild.registry.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import ir.guild.registry.web.Language;

/**
 * Collects field errors while a request is checked, in the language of whoever will read
 * them, and refuses the request with all of them at once.
 */
public final class FieldChecks {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final Language language;
    private final List<FieldError> errors = new ArrayList<>();

    public FieldChecks(Language language) {
        this.language = language;
    }

    public Language language() {
        return language;
    }

    public void reject(String field, FieldReason reason, Object... arguments) {
        if (errors.stream().noneMatch(error -> error.field().equals(field))) {
            errors.add(new FieldError(field, reason.message(language, arguments)));
        }
    }

    public boolean ok(String field) {
        return errors.stream().noneMatch(error -> error.field().equals(field));
    }

    /**
     * The type of an uploaded file, read from its content; refused when nothing or an empty file
     * was sent, when it is larger than {@code maxBytes}, or when it is none of the accepted types.
     */
    public Optional<DocumentType> document(String field, byte[] content, long maxBytes) {
        if (content == null) {
            reject(field, Invalid.FILE_MISSING);
        } else if (content.length == 0) {
            reject(field, Invalid.FILE_EMPTY);
        } else if (content.length > maxBytes) {
            reject(field, Invalid.FILE_TOO_LARGE, maxBytes / 1024);
        } else {
            Optional<DocumentType> type = DocumentType.of(content);
            if (type.isEmpty()) {
                reject(field, Invalid.FILE_TYPE);
            }
            return type;
        }
        return Optional.empty();
    }

    /** Normalised text, or null when blank; refused when required and missing, or too long. */
    public String text(String field, String raw, boolean required, int maxLength) {
        return bounded(field, PersianText.normalize(raw), required, maxLength);
    }

    /** Like {@link #text}, for text that keeps its paragraphs ({@link PersianText#normalizeParagraphs}). */
    public String paragraphs(String field, String raw, boolean required, int maxLength) {
        return bounded(field, PersianText.normalizeParagraphs(raw), required, maxLength);
    }

    private String bounded(String field, String value, boolean required, int maxLength) {
        if (value == null || value.isEmpty()) {
            if (required) {
                reject(field, Invalid.REQUIRED);
            }
            return null;
        }
        if (value.length() > maxLength) {
            reject(field, Invalid.TOO_LONG, maxLength);
        }
        return value;
    }

    public String email(String field, String raw, boolean required) {
        String value = text(field, raw, required, 254);
        if (value != null && ok(field) && !EMAIL.matcher(value).matches()) {
            reject(field, Invalid.EMAIL);
        }
        return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
    }

    public String url(String field, String raw, int maxLength) {
        String value = text(field, raw, false, maxLength);
        if (value == null || !ok(field)) {
            return value;
        }
        try {
            java.net.URI uri = new java.net.URI(value);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                reject(field, Invalid.URL);
            }
        } catch (java.net.URISyntaxException e) {
            reject(field, Invalid.URL);
        }
        return value;
    }

    /**
     * A value read by {@code parser} (for example {@code NationalId::parse}) after
     * normalisation, or null: refused as missing when blank, as {@code invalid} when the
     * parser does not accept it.
     */
    public <T> T parsed(String field, String raw, Function<String, Optional<T>> parser, FieldReason invalid) {
        String value = PersianText.normalizeNumeric(raw);
        if (value == null || value.isEmpty()) {
            reject(field, Invalid.REQUIRED);
            return null;
        }
        Optional<T> parsed = parser.apply(raw);
        if (parsed.isEmpty()) {
            reject(field, invalid);
        }
        return parsed.orElse(null);
    }

    public <E extends Enum<E>> E code(String field, String raw, Class<E> type, boolean required) {
        String value = PersianText.normalize(raw);
        if (value == null || value.isEmpty()) {
            if (required) {
                reject(field, Invalid.REQUIRED);
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reject(field, Invalid.UNKNOWN_CODE);
            return null;
        }
    }

    public Integer number(String field, String raw, int min, int max, boolean required) {
        String value = PersianText.normalizeNumeric(raw);
        if (value == null || value.isEmpty()) {
            if (required) {
                reject(field, Invalid.REQUIRED);
            }
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                reject(field, Invalid.OUT_OF_RANGE, min, max);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            reject(field, Invalid.OUT_OF_RANGE, min, max);
            return null;
        }
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Refuses the request with every error found, if there is any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
