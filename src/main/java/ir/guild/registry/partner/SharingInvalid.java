package ir.guild.registry.partner;

import ir.guild.registry.common.FieldReason;
import ir.guild.registry.web.Language;

/** Why a share code request was refused, besides the reasons every form shares. */
public enum SharingInvalid implements FieldReason {
    EXPIRY_RANGE("زمان پایان باید دست‌کم یک ساعت و حداکثر ۹۰ روز پس از اکنون باشد.",
            "The expiry must be from 1 hour to 90 days from now."),
    INSTANT("زمان باید به قالب ISO-8601 باشد، مانند 2026-06-01T12:00:00Z.",
            "Give a moment in ISO-8601 form, e.g. 2026-06-01T12:00:00Z."),
    EXPIRY_TWICE("فقط یکی از expiresAt یا validForHours را بفرستید.",
            "Give either expiresAt or validForHours, not both.");

    private final String fa;
    private final String en;

    SharingInvalid(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    @Override
    public String message(Language language, Object... arguments) {
        return String.format(language == Language.EN ? en : fa, arguments);
    }
}
