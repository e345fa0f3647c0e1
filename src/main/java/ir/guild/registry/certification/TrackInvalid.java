package ir.guild.registry.certification;

import ir.guild.registry.common.FieldError;
import ir.guild.registry.web.Language;

/** Why a field of a track was refused, beyond the checks every form shares, in both languages. */
enum TrackInvalid {
    CODE_FORMAT("کد باید با یک حرف لاتین بزرگ آغاز شود و فقط حروف لاتین بزرگ، رقم و _ داشته باشد (۲ تا ۴۰ نویسه).",
            "The code must start with a capital Latin letter and hold only capital letters, digits and _ (2 to 40 characters)."),
    CODE_TAKEN("کد %s برای دوره دیگری به کار رفته است.", "The code %s is already used by another track."),
    CODE_CHANGED("کد دوره پس از ساخت تغییر نمی‌کند.", "A track's code cannot change once it is created."),
    LEVELS_REQUIRED("دست‌کم یک سطح لازم است.", "At least one level is required."),
    TOO_MANY_LEVELS("حداکثر %d سطح مجاز است.", "At most %d levels are allowed."),
    LEVELS_CONTIGUOUS("سطح‌ها باید از ۱ آغاز شوند و پشت سر هم بیایند.", "Levels must start at 1 and follow each other without gaps.");

    private final String fa;
    private final String en;

    TrackInvalid(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    String message(Language language, Object... arguments) {
        return String.format(language == Language.EN ? en : fa, arguments);
    }

    FieldError on(String field, Language language, Object... arguments) {
        return new FieldError(field, message(language, arguments));
    }
}
