package ir.guild.registry.certification;

import ir.guild.registry.common.FieldReason;
import ir.guild.registry.web.Language;

/**
 * Why a field of a certification request, decision or upload was refused, in both
 * languages; the general reasons (required, too long, not a link, a file refused) are {@code common.Invalid}.
 */
public enum CertificationInvalid implements FieldReason {
    UNKNOWN_TRACK("این مسیر گواهی وجود ندارد یا درخواست تازه نمی‌پذیرد.",
            "There is no open certification track with this code."),
    TRACK_FIXED("مسیر یک درخواست را نمی‌توان تغییر داد.", "The track of a request cannot change."),
    NOT_A_LEVEL("این مسیر چنین سطحی ندارد.", "This track has no such level."),
    ABOVE_REQUESTED("سطح اعطاشده نمی‌تواند از سطح درخواستی (%d) بالاتر باشد.",
            "The level granted cannot be above the level requested (%d)."),
    TOO_MANY_LINKS("حداکثر %d پیوند مجاز است.", "At most %d links are allowed."),
    TOO_MANY_FILES("هر درخواست حداکثر %d فایل می‌تواند داشته باشد.", "A request may hold at most %d files.");

    private final String fa;
    private final String en;

    CertificationInvalid(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    @Override
    public String message(Language language, Object... arguments) {
        return String.format(language == Language.EN ? en : fa, arguments);
    }
}
