package ir.guild.registry.membership;

import ir.guild.registry.web.Language;

/** Why a registry file, or one of its rows, cannot be imported, in both languages. */
enum RegistryInvalid {
    NOT_UTF8("فایل باید با کدگذاری UTF-8 ذخیره شده باشد (در اکسل: CSV UTF-8).",
            "The file must be saved as UTF-8 (in Excel: \"CSV UTF-8\")."),
    NOT_CSV("فایل، CSV درستی نیست؛ مشکل پس از ردیف %d است.", "The file is not valid CSV after row %d."),
    NO_HEADER("فایل خالی است؛ ردیف نخست باید نام ستون‌ها باشد.",
            "The file is empty; its first row must name the columns."),
    MISSING_COLUMN("ردیف عنوان، این ستون را ندارد.", "The header row lacks this column."),
    UNKNOWN_COLUMN("این ستون شناخته نیست.", "This is not a column of the registry."),
    DUPLICATE_COLUMN("این ستون دو بار آمده است.", "This column appears twice."),
    TOO_MANY_CELLS("این ردیف %d خانه دارد، بیش از %d ستونِ ردیف عنوان.",
            "This row has %d cells, more than the %d columns of the header."),
    DATE("تاریخ را به شکل 2023-08-03 (میلادی) یا 1402/05/12 (خورشیدی) بنویسید.",
            "Write the date as 2023-08-03 (Gregorian) or 1402/05/12 (Jalali)."),
    NOT_AFTER_MEMBER_SINCE("باید پس از تاریخ آغاز عضویت (memberSince) باشد.", "Must be after memberSince."),
    YES_NO("باید true یا false باشد (yes/no، 1/0 و بله/خیر هم پذیرفته است).",
            "Must be true or false (yes/no, 1/0 and بله/خیر are accepted too)."),
    RESERVED_ACCOUNT("شناسه‌هایی که با import: آغاز می‌شوند رزرو شده‌اند؛ این خانه را خالی بگذارید.",
            "Subjects starting with import: are reserved; leave the cell empty instead."),
    DUPLICATE_NATIONAL_ID("این کد ملی در ردیف %d هم آمده است.", "This national ID is also in row %d."),
    DUPLICATE_ACCOUNT("این حساب در ردیف %d هم آمده است.", "This account is also in row %d."),
    OPEN_APPLICATION("برای این کد ملی درخواست عضویت بازی هست؛ نخست درباره آن تصمیم بگیرید.",
            "This national ID has an open application; decide it first."),
    ACCOUNT_OPEN_APPLICATION("این حساب درخواست عضویت بازی دارد؛ نخست درباره آن تصمیم بگیرید.",
            "This account has an open application; decide it first."),
    ACCOUNT_TAKEN("این حساب، عضویت دیگری دارد.", "This account already holds another membership."),
    MORE_ERRORS("و %d خطای دیگر که نشان داده نشده است.", "And %d more errors not listed.");

    private final String fa;
    private final String en;

    RegistryInvalid(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    String message(Language language, Object... arguments) {
        return String.format(language == Language.EN ? en : fa, arguments);
    }
}
