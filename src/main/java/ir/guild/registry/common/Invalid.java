package ir.guild.registry.common;

import ir.guild.registry.web.Language;

/**
 * Why a field was refused, in words for people in both languages. Services report
 * these; the API answers in the caller's language and forms show them beside the field.
 */
public enum Invalid implements FieldReason {
    REQUIRED("این مورد الزامی است.", "This field is required."),
    TOO_LONG("حداکثر %d نویسه مجاز است.", "At most %d characters are allowed."),
    OUT_OF_RANGE("باید بین %d و %d باشد.", "Must be between %d and %d."),
    UNKNOWN_CODE("این گزینه در فهرست نیست.", "This is not one of the listed choices."),
    NATIONAL_ID("کد ملی معتبر نیست.", "This is not a valid Iranian national ID."),
    MOBILE("شماره همراه باید به شکل ۰۹xxxxxxxxx باشد.", "A mobile number looks like 09xxxxxxxxx."),
    EMAIL("نشانی رایانامه معتبر نیست.", "This is not a valid email address."),
    URL("نشانی باید با http:// یا https:// آغاز شود.", "The link must start with http:// or https://."),
    DATE("تاریخ معتبر نیست.", "This is not a valid date."),
    DATE_IN_FUTURE("تاریخ نمی‌تواند در آینده باشد.", "The date cannot be in the future."),
    TOO_YOUNG("متقاضی باید دست‌کم %d سال داشته باشد.", "Applicants must be at least %d years old."),
    CONSENT_REQUIRED("برای ادامه باید این مورد را بپذیرید.", "You must accept this to continue."),
    AT_LEAST_ONE("دست‌کم یک گزینه را انتخاب کنید.", "Choose at least one."),
    FILE_MISSING("فایلی فرستاده نشد.", "No file was sent."),
    FILE_EMPTY("فایل خالی است.", "The file is empty."),
    FILE_TYPE("فقط فایل PDF، PNG، JPEG یا WebP پذیرفته می‌شود؛ نوع فایل از محتوای آن تشخیص داده می‌شود.",
            "Only PDF, PNG, JPEG or WebP files are accepted; the type is read from the content itself."),
    FILE_TOO_LARGE("هر فایل حداکثر %d کیلوبایت می‌تواند باشد.", "A file may be at most %d KB.");

    private final String fa;
    private final String en;

    Invalid(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    @Override
    public String message(Language language, Object... arguments) {
        return String.format(language == Language.EN ? en : fa, arguments);
    }
}
