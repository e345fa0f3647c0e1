package ir.guild.registry.legalaid;

import ir.guild.registry.common.FieldReason;
import ir.guild.registry.web.Language;

/**
 * Why a field of a legal-aid case was refused, in both languages; the general reasons
 * (required, too long, not a listed choice) are {@code common.Invalid}.
 */
public enum LegalAidInvalid implements FieldReason {
    AMOUNT("مبلغ باید عددی صحیح و مثبت به ریال باشد (حداکثر ۱۸ رقم).",
            "The amount must be a positive whole number of Rials (at most 18 digits).");

    private final String fa;
    private final String en;

    LegalAidInvalid(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    @Override
    public String message(Language language, Object... arguments) {
        return String.format(language == Language.EN ? en : fa, arguments);
    }
}
