package ir.guild.registry.notify;

import ir.guild.registry.common.FieldReason;
import ir.guild.registry.web.Language;

/** Why a mobile code, or the mobile it should go to, was refused, in both languages. */
public enum MobileCodeInvalid implements FieldReason {
    NO_MOBILE("شماره همراهی در درخواست عضویت یا پرونده عضویت شما ثبت نشده است.",
            "There is no mobile number on your application or membership."),
    CODE_FORMAT("کد تأیید شش رقم است.", "The confirmation code has six digits."),
    NO_CODE("کدی در انتظار تأیید نیست؛ نخست کد تازه بخواهید.", "No code is waiting; ask for a new code first."),
    WRONG("کد درست نیست؛ %d بار دیگر می‌توانید امتحان کنید.", "The code is not right; %d tries are left."),
    LOCKED("کد بیش از اندازه اشتباه وارد شد؛ کد تازه بخواهید.",
            "The code was entered wrongly too many times; ask for a new code."),
    EXPIRED("زمان این کد گذشته است؛ کد تازه بخواهید.", "This code has expired; ask for a new code."),
    NUMBER_CHANGED("شماره همراه شما پس از فرستادن این کد تغییر کرد؛ کد تازه بخواهید.",
            "Your mobile number changed after this code was sent; ask for a new code."),
    NOT_VERIFIED("نخست شماره همراه خود را تأیید کنید.", "Confirm your mobile number first."),
    NOT_LINKED("نخست گفت‌وگوی پیام‌رسان خود را پیوند دهید.", "Link your messenger chat first."),
    NOT_OFFERED("پیام‌رسان در این سامانه ارائه نمی‌شود.", "The messenger is not offered here.");

    private final String fa;
    private final String en;

    MobileCodeInvalid(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    @Override
    public String message(Language language, Object... arguments) {
        return String.format(language == Language.EN ? en : fa, arguments);
    }
}
