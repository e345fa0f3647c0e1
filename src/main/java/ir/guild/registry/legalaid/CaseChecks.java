package ir.guild.registry.legalaid;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.web.Language;

/**
 * Normalises and checks what a member wrote in a case, collecting every error before
 * refusing, so a client learns all it must fix at once.
 */
final class CaseChecks {

    static final int SUBJECT_MAX = 200;
    static final int DESCRIPTION_MAX = 8000;
    static final int COUNTERPARTY_MAX = 200;
    /** numeric(18, 0) in the table. */
    private static final Pattern RIALS = Pattern.compile("[0-9]{1,18}");

    private final FieldChecks checks;

    CaseChecks(Language language) {
        this.checks = new FieldChecks(language);
    }

    FieldChecks fields() {
        return checks;
    }

    void reject(String field, LegalAidInvalid reason, Object... arguments) {
        checks.reject(field, reason, arguments);
    }

    boolean ok(String field) {
        return checks.ok(field);
    }

    String paragraphs(String field, String raw, boolean required, int maxLength) {
        return checks.paragraphs(field, raw, required, maxLength);
    }

    /** A whole, positive number of Rials, typed with Persian or ASCII digits and any thousands separators; null when blank. */
    BigDecimal rials(String field, String raw) {
        String value = PersianText.normalizeNumeric(raw);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!RIALS.matcher(value).matches()) {
            reject(field, LegalAidInvalid.AMOUNT);
            return null;
        }
        BigDecimal amount = new BigDecimal(value);
        if (amount.signum() <= 0) {
            reject(field, LegalAidInvalid.AMOUNT);
            return null;
        }
        return amount;
    }

    /** Refuses with every error found, if there is any. */
    void throwIfInvalid() {
        checks.throwIfInvalid();
    }
}
