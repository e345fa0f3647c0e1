package ir.guild.registry.membership.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The text of the registry import page, in Persian; English is in
 * {@code messages/registryCsv_en.properties}. Templates use {@code registryCsv:key}.
 */
@MessageBundle(value = "registryCsv", locale = "fa")
public interface RegistryTexts {

    @Message("ورود اعضا از فایل CSV")
    String title();

    @Message("فهرست اعضای کنونی صنف را از یک فایل CSV وارد کنید. نخست فایل را با «اجرای آزمایشی» بررسی کنید؛ اجرای آزمایشی چیزی ذخیره نمی‌کند.")
    String lead();

    @Message("ستون‌های فایل")
    String columns_title();

    @Message("ستون‌های الزامی، به هر ترتیب:")
    String columns_required();

    @Message("ستون‌های اختیاری:")
    String columns_optional();

    @Message("ردیف نخست نام ستون‌هاست. تاریخ‌ها میلادی (2023-08-03) یا خورشیدی (1402/05/12)؛ تخصص‌ها کدهایی جداشده با «;»؛ directoryListed برابر true یا false. فایل باید با کدگذاری UTF-8 ذخیره شده باشد.")
    String format_hint();

    @Message("اگر accountSubject (شناسه حساب کاربری در Keycloak) خالی باشد، عضو با شناسه موقت import:<کد ملی> ثبت می‌شود تا بعداً به حساب کاربری‌اش پیوند بخورد.")
    String account_hint();

    @Message("هر عضو تازه شماره عضویت تازه‌ای می‌گیرد و فعال ثبت می‌شود. کد ملی‌ای که از پیش عضویت دارد دست‌نخورده می‌ماند، پس وارد کردن دوباره همان فایل چیزی را تغییر نمی‌دهد. اگر حتی یک ردیف خطا داشته باشد، هیچ عضوی وارد نمی‌شود.")
    String rules_hint();

    @Message("فایل CSV")
    String file_label();

    @Message("فایلی برای ورود انتخاب نشده است.")
    String file_missing();

    @Message("اجرای آزمایشی: فقط بررسی شود و چیزی ذخیره نشود")
    String dry_run_label();

    @Message("بارگذاری")
    String submit();

    @Message("نتیجه اجرای آزمایشی")
    String result_dry_run();

    @Message("هیچ عضوی وارد نشد")
    String result_failed();

    @Message("این اجرای آزمایشی بود؛ چیزی ذخیره نشد.")
    String dry_run_note();

    @Message("چون فایل خطا دارد، هیچ ردیفی وارد نشد. خطاها را درست کنید و فایل را دوباره بارگذاری کنید.")
    String failed_note();

    @Message("ردیف‌های خوانده‌شده")
    String rows();

    @Message("اعضایی که ساخته می‌شوند")
    String to_create();

    @Message("بدون تغییر (از پیش عضو)")
    String unchanged();

    @Message("خطاها")
    String errors_title();

    @Message("ردیف")
    String error_row();

    @Message("ستون")
    String error_column();

    @Message("مشکل")
    String error_message();

    @Message("کل ردیف")
    String whole_row();

    @Message("خطایی نیست؛ می‌توانید فایل را بدون اجرای آزمایشی بارگذاری کنید.")
    String no_errors();

    @Message("ورود انجام شد: {created} عضو تازه ساخته شد و {unchanged} ردیف بدون تغییر ماند.")
    String imported(String created, String unchanged);
}
