package ir.guild.registry.membership;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The emails membership sends, in Persian; English is in {@code messages/membershipMail_en.properties}.
 * Each {@code _short} message is the line SMS and messenger carry: what happened, never a reason
 * staff wrote or a national ID.
 */
@MessageBundle(value = "membershipMail", locale = "fa")
public interface MailTexts {

    @Message("درخواست عضویت شما دریافت شد")
    String received_subject();

    @Message("{name} عزیز،\n\nدرخواست عضویت شما در صنف ملی برنامه‌نویسان دریافت شد و به‌زودی بررسی می‌شود. وضعیت آن را در {link} ببینید.\n\nصنف ملی برنامه‌نویسان")
    String received_body(String name, String link);

    @Message("درخواست عضویت شما در صنف ملی برنامه‌نویسان دریافت شد.")
    String received_short();

    @Message("درخواست عضویت شما به اطلاعات بیشتری نیاز دارد")
    String needs_info_subject();

    @Message("{name} عزیز،\n\nبرای بررسی درخواست عضویت شما به این اطلاعات نیاز داریم:\n\n{reason}\n\nلطفاً درخواست را در {link} کامل کنید.\n\nصنف ملی برنامه‌نویسان")
    String needs_info_body(String name, String reason, String link);

    @Message("درخواست عضویت شما به اطلاعات بیشتری نیاز دارد؛ آن را در سامانه کامل کنید.")
    String needs_info_short();

    @Message("عضویت شما تأیید شد")
    String approved_subject();

    @Message("{name} عزیز،\n\nعضویت شما در صنف ملی برنامه‌نویسان تأیید شد. شماره عضویت شما {number} است و کارت عضویت را در {link} می‌بینید.\n\nصنف ملی برنامه‌نویسان")
    String approved_body(String name, String number, String link);

    @Message("عضویت شما در صنف ملی برنامه‌نویسان تأیید شد. شماره عضویت: {number}")
    String approved_short(String number);

    @Message("درخواست عضویت شما پذیرفته نشد")
    String rejected_subject();

    @Message("{name} عزیز،\n\nمتأسفانه درخواست عضویت شما پذیرفته نشد. دلیل:\n\n{reason}\n\nصنف ملی برنامه‌نویسان")
    String rejected_body(String name, String reason);

    @Message("درخواست عضویت شما در صنف ملی برنامه‌نویسان پذیرفته نشد.")
    String rejected_short();

    @Message("عضویت شما به‌زودی به پایان می‌رسد")
    String expiring_subject();

    @Message("{name} عزیز،\n\nعضویت شما (شماره {number}) در {date} به پایان می‌رسد؛ {days} روز دیگر. برای تمدید به {link} بروید.\n\nصنف ملی برنامه‌نویسان")
    String expiring_body(String name, String number, String date, long days, String link);

    @Message("عضویت شما به شماره {number} در {date} به پایان می‌رسد؛ آن را تمدید کنید.")
    String expiring_short(String number, String date);

    @Message("عضویت شما به پایان رسید")
    String expired_subject();

    @Message("{name} عزیز،\n\nاعتبار عضویت شما (شماره {number}) در {date} به پایان رسید. برای تمدید به {link} بروید.\n\nصنف ملی برنامه‌نویسان")
    String expired_body(String name, String number, String date, String link);

    @Message("اعتبار عضویت شما به شماره {number} به پایان رسید؛ آن را تمدید کنید.")
    String expired_short(String number);
}
