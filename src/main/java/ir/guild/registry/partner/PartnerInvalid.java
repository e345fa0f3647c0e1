package ir.guild.registry.partner;

import ir.guild.registry.common.FieldReason;
import ir.guild.registry.web.Language;

/** Why a partner registration was refused, besides the reasons every form shares. */
public enum PartnerInvalid implements FieldReason {
    COMPANY_ID("شناسه ملی شرکت باید ۱۱ رقم با رقم کنترل درست باشد.",
            "A national company ID is 11 digits with a valid check digit.");

    private final String fa;
    private final String en;

    PartnerInvalid(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    @Override
    public String message(Language language, Object... arguments) {
        return String.format(language == Language.EN ? en : fa, arguments);
    }
}
