package ir.guild.registry.legalaid;

import ir.guild.registry.common.FieldReason;
import ir.guild.registry.web.Language;

/**
 * Why a field of a legal-aid case was refused, in both languages; the general reasons
 * (required, too long, not a listed choice) are {@code common.Invalid}.
 */
public enum LegalAidInvalid implements FieldReason {
    AMOUNT("مبلغ باید عددی صحیح و مثبت به ریال باشد (حداکثر ۱۸ رقم).",
            "The amount must be a positive whole number of Rials (at most 18 digits)."),
    TOO_MANY_FILES("هر پرونده حداکثر %d سند می‌تواند داشته باشد.", "A case may hold at most %d documents."),
    NO_CONFLICT_REQUIRED("پیش از پذیرفتن پرونده باید اعلام کنید که تعارض منافعی ندارید.",
            "Before taking a case you must declare that you have no conflict of interest."),
    WARNINGS_NOT_ACKNOWLEDGED("طرف دعوا با %s مطابقت دارد؛ پیش از پذیرفتن پرونده تأیید کنید که این را سنجیده‌اید.",
            "The counterparty matches %s; confirm you have weighed this before taking the case."),
    NOT_A_COUNSEL("این حساب در میز معاضدت حقوقی به‌عنوان مشاور شناخته نشده است.",
            "This account is not a counsel known to the legal-aid desk."),
    ASSIGN_INSTEAD("پرونده با پذیرفتن مشاور یا واگذاری مدیر به مشاور سپرده می‌شود، نه با تغییر وضعیت.",
            "A case is assigned by a counsel taking it or an admin assigning it, not by a status change."),
    MEMBER_WITHDRAWS("فقط عضو خودش می‌تواند پرونده را پس بگیرد.", "Only the member withdraws a case."),
    REASON_REQUIRED("دلیل نپذیرفتن پرونده را برای عضو بنویسید.", "Write the member the reason the case is declined.");

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
