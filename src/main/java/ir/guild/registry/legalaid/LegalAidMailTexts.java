package ir.guild.registry.legalaid;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The emails of the legal-aid desk, in Persian; English is in
 * {@code messages/legalAidMail_en.properties}. A subject line names the case by its number
 * only: what the case is about never travels in a subject, where mail clients and servers show
 * and log it freely. The {@code _short} messages, the lines SMS and messenger carry, name the case
 * by its number and say no more: not its status, not what it is about, not a word staff wrote.
 */
@MessageBundle(value = "legalAidMail", locale = "fa")
public interface LegalAidMailTexts {

    @Message("پرونده حمایت حقوقی {number} شما به‌روز شد")
    String update_subject(String number);

    @Message("پرونده حمایت حقوقی {number} شما به‌روز شد.")
    String update_short(String number);

    @Message("{name} عزیز،\n\nوضعیت پرونده حمایت حقوقی {number} در {date} به «{status}» تغییر کرد.\n\nپرونده را در این نشانی ببینید:\n{link}\n\nصنف ملی برنامه‌نویسان")
    String status_body(String name, String number, String status, String date, String link);

    @Message("{name} عزیز،\n\nوضعیت پرونده حمایت حقوقی {number} در {date} به «{status}» تغییر کرد و میز حمایت حقوقی برای شما نوشت:\n\n{message}\n\nپرونده را در این نشانی ببینید و پاسخ دهید:\n{link}\n\nصنف ملی برنامه‌نویسان")
    String status_message_body(String name, String number, String status, String date, String message, String link);

    @Message("{name} عزیز،\n\nمیز حمایت حقوقی در {date} پرونده {number} را نپذیرفت. دلیل:\n\n{reason}\n\nپرونده را در این نشانی ببینید:\n{link}\n\nصنف ملی برنامه‌نویسان")
    String declined_body(String name, String number, String date, String reason, String link);

    @Message("{name} عزیز،\n\nمیز حمایت حقوقی در {date} درباره پرونده {number} برای شما نوشت:\n\n{message}\n\nپرونده را در این نشانی ببینید و پاسخ دهید:\n{link}\n\nصنف ملی برنامه‌نویسان")
    String message_body(String name, String number, String date, String message, String link);

    @Message("موعد پاسخ نخست به پرونده حمایت حقوقی {number} گذشته است")
    String overdue_subject(String number);

    @Message("موعد پاسخ نخست به پرونده حمایت حقوقی {number} گذشته است.")
    String overdue_short(String number);

    @Message("موعد پاسخ نخست به پرونده حمایت حقوقی {number} گذشته است و هنوز کسی به عضو پاسخ نداده است.\n\nموضوع حقوقی: {category}\nفوریت: {urgency}\nتاریخ ثبت: {filed}\nموعد پاسخ نخست: {due}\nمشاور: {counsel}\n\nپرونده را در این نشانی ببینید:\n{link}\n\nصنف ملی برنامه‌نویسان")
    String overdue_body(String number, String category, String urgency, String filed, String due, String counsel,
            String link);

    @Message("هنوز مشاوری ندارد")
    String unassigned();
}
