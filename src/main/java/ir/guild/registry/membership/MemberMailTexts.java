package ir.guild.registry.membership;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The emails a member receives when an admin changes their membership, in Persian;
 * English is in {@code messages/memberMail_en.properties}. Each {@code _short} message is the
 * line SMS and messenger carry: what happened, never the reason staff wrote.
 */
@MessageBundle(value = "memberMail", locale = "fa")
public interface MemberMailTexts {

    @Message("عضویت شما تعلیق شد")
    String suspended_subject();

    @Message("{name} عزیز،\n\nعضویت شما به شماره {number} در صنف ملی برنامه‌نویسان تعلیق شد. دلیل:\n\n{reason}\n\nدر دوران تعلیق نمی‌توانید از خدمات اعضا استفاده کنید. اگر پرسشی دارید، به این رایانامه پاسخ دهید.\n\nصنف ملی برنامه‌نویسان")
    String suspended_body(String name, String number, String reason);

    @Message("عضویت شما به شماره {number} در صنف ملی برنامه‌نویسان تعلیق شد.")
    String suspended_short(String number);

    @Message("تعلیق عضویت شما برداشته شد")
    String reinstated_subject();

    @Message("{name} عزیز،\n\nتعلیق عضویت شما به شماره {number} برداشته شد. عضویت شما تا {until} اعتبار دارد و کارت عضویت را در {link} می‌بینید.\n\nصنف ملی برنامه‌نویسان")
    String reinstated_body(String name, String number, String until, String link);

    @Message("{name} عزیز،\n\nتعلیق عضویت شما به شماره {number} برداشته شد، اما اعتبار آن در {until} به پایان رسیده است. برای استفاده دوباره از خدمات اعضا، عضویت را تمدید کنید: {link}\n\nصنف ملی برنامه‌نویسان")
    String reinstated_expired_body(String name, String number, String until, String link);

    @Message("تعلیق عضویت شما به شماره {number} برداشته شد.")
    String reinstated_short(String number);

    @Message("عضویت شما لغو شد")
    String revoked_subject();

    @Message("{name} عزیز،\n\nعضویت شما به شماره {number} در صنف ملی برنامه‌نویسان لغو شد. دلیل:\n\n{reason}\n\nاگر پرسشی دارید، به این رایانامه پاسخ دهید.\n\nصنف ملی برنامه‌نویسان")
    String revoked_body(String name, String number, String reason);

    @Message("عضویت شما به شماره {number} در صنف ملی برنامه‌نویسان لغو شد.")
    String revoked_short(String number);

    @Message("عضویت شما تمدید شد")
    String renewed_subject();

    @Message("{name} عزیز،\n\nعضویت شما به شماره {number} تمدید شد و تا {until} اعتبار دارد. کارت عضویت را در {link} می‌بینید.\n\nصنف ملی برنامه‌نویسان")
    String renewed_body(String name, String number, String until, String link);

    @Message("عضویت شما به شماره {number} تمدید شد و تا {until} اعتبار دارد.")
    String renewed_short(String number, String until);
}
