package ir.guild.registry.notify.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of /me/notifications and the links to it, in Persian; English is in {@code messages/notifyPages_en.properties}. */
@MessageBundle(value = "notifyPages", locale = "fa")
public interface NotificationPageTexts {

    @Message("اعلان‌ها")
    String title();

    @Message("پیام‌های سامانه همیشه به رایانامه شما می‌رسد؛ پیامک و پیام‌رسان را هم می‌توانید برگزینید.")
    String lead();

    @Message("رایانامه")
    String email_title();

    @Message("همیشه فعال است؛ به نشانی:")
    String email_always();

    @Message("پیامک")
    String sms_title();

    @Message("شماره همراه ثبت‌شده:")
    String sms_number();

    @Message("تأییدشده")
    String sms_verified();

    @Message("تأییدنشده")
    String sms_not_verified();

    @Message("فرستادن کد تأیید")
    String send_code();

    @Message("کد تأیید فرستاده شد؛ چند دقیقه اعتبار دارد.")
    String code_sent();

    @Message("کد شش‌رقمی")
    String code_label();

    @Message("تأیید شماره")
    String confirm();

    @Message("شماره همراه شما تأیید شد.")
    String verified_note();

    @Message("دریافت اعلان‌ها با پیامک")
    String sms_choice();

    @Message("پس از تأیید شماره همراه می‌توانید این گزینه را برگزینید.")
    String sms_choice_help();

    @Message("پیام‌رسان")
    String messenger_title();

    @Message("پیام‌رسان در این سامانه ارائه نمی‌شود.")
    String messenger_not_offered();

    @Message("گفت‌وگوی شما پیوند خورده است، از")
    String messenger_linked_since();

    @Message("برداشتن پیوند")
    String unlink();

    @Message("پیوند گفت‌وگوی پیام‌رسان من")
    String link();

    @Message("دریافت اعلان‌ها در پیام‌رسان")
    String messenger_choice();

    @Message("ذخیره انتخاب‌ها")
    String save();

    @Message("انتخاب‌های شما ذخیره شد.")
    String saved();

    @Message("برخی موارد پذیرفته نشد؛ پیام کنار هر مورد را ببینید.")
    String invalid();

    @Message("برای تنظیم اعلان‌ها نخست درخواست عضویت بدهید.")
    String none();

    @Message("تنظیم اعلان‌ها (پیامک و پیام‌رسان)")
    String me_link();

    @Message("شماره همراه خود را در صفحه اعلان‌ها تأیید کنید تا پیامک‌های سامانه را دریافت کنید.")
    String confirm_mobile_invite();
}
