package ir.guild.registry.audit.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The text of the audit page, in Persian; English is in {@code messages/auditPages_en.properties}.
 * Templates use {@code auditPages:key}.
 */
@MessageBundle(value = "auditPages", locale = "fa")
public interface AuditPageTexts {

    @Message("گزارش رویدادها")
    String title();

    @Message("هر تغییر وضعیت و هر بار خواندن پرونده‌های حمایت حقوقی اینجا ثبت می‌شود: چه کسی، با چه نقشی، چه کاری، روی چه چیزی و کی. هر رویداد به رویداد پیش از خود زنجیر شده است، پس دست بردن در گذشته پنهان نمی‌ماند.")
    String lead();

    @Message("پالایش رویدادها")
    String filter_legend();

    @Message("حساب کاربری")
    String filter_actor();

    @Message("موجودیت")
    String filter_entity();

    @Message("نوع، یا نوع:شناسه، مانند Member یا Member:1405-000123")
    String filter_entity_hint();

    @Message("کنش")
    String filter_action();

    @Message("یک کنش یا آغاز آن، مانند member.suspend یا member")
    String filter_action_hint();

    @Message("از تاریخ")
    String filter_from();

    @Message("تا تاریخ")
    String filter_to();

    @Message("به تقویم خورشیدی، مانند ۱۴۰۵/۰۹/۰۷")
    String filter_date_hint();

    @Message("نمایش")
    String filter_submit();

    @Message("پاک کردن پالایه‌ها")
    String filter_clear();

    @Message("خروجی CSV همین رویدادها")
    String export_csv();

    @Message("{count} رویداد")
    String total(String count);

    @Message("رویدادی با این مشخصات پیدا نشد.")
    String empty();

    @Message("زمان")
    String col_time();

    @Message("حساب")
    String col_actor();

    @Message("نقش")
    String col_role();

    @Message("کنش")
    String col_action();

    @Message("موجودیت")
    String col_entity();

    @Message("شرح")
    String col_summary();

    @Message("بررسی زنجیره")
    String verify_title();

    @Message("زنجیره از نخستین رویداد تا آخرین بررسی می‌شود تا معلوم شود رویدادی حذف یا دست‌کاری نشده است.")
    String verify_lead();

    @Message("بررسی زنجیره")
    String verify_submit();

    @Message("زنجیره سالم است: {count} رویداد.")
    String verify_intact(String count);

    @Message("زنجیره از رویداد شماره {id} گسسته است.")
    String verify_broken(String id);

    @Message("این رویداد به رویداد پیش از خود پیوند نمی‌خورد: رویدادی حذف یا دست‌کاری شده است.")
    String verify_broken_link();

    @Message("محتوای این رویداد با اثر (hash) آن نمی‌خواند: پس از ثبت تغییر کرده است.")
    String verify_broken_content();

    @Message("صفحه‌های رویدادها")
    String pages_label();

    @Message("قبلی")
    String previous();

    @Message("بعدی")
    String next();
}
