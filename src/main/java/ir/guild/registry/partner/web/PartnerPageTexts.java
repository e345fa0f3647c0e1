package ir.guild.registry.partner.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import ir.guild.registry.partner.PartnerStatus;

/**
 * The text of the admins' partner pages, in Persian; English is in
 * {@code messages/partnerPages_en.properties}. Templates use {@code partnerPages:key}.
 */
@MessageBundle(value = "partnerPages", locale = "fa")
public interface PartnerPageTexts {

    @Message("شرکای صنف")
    String title();

    @Message("شرکت‌هایی که با کد اشتراک اعضا، عضویت و گواهی‌های آنان را بررسی می‌کنند. هر شرکت یک کلاینت محرمانه در Keycloak دارد.")
    String lead();

    @Message("{count} شرکت")
    String total(String count);

    @Message("هنوز شرکتی ثبت نشده است.")
    String empty();

    @Message("نام شرکت")
    String col_name();

    @Message("شناسه ملی")
    String col_company_id();

    @Message("شناسه کلاینت")
    String col_client_id();

    @Message("وضعیت")
    String col_status();

    @Message("ثبت‌شده در")
    String col_created();

    @Message("""
            {#when status}\
            {#is ACTIVE}فعال\
            {#is SUSPENDED}تعلیق‌شده\
            {/when}""")
    String status(PartnerStatus status);

    @Message("ثبت شرکت تازه")
    String register_title();

    @Message("نام شرکت")
    String name_label();

    @Message("شناسه ملی شرکت (۱۱ رقم)")
    String company_id_label();

    @Message("شناسه ملی اشخاص حقوقی؛ رقم آخر رقم کنترل است.")
    String company_id_help();

    @Message("رایانامه تماس")
    String email_label();

    @Message("ثبت و ساخت کلاینت")
    String register_submit();

    @Message("برخی موارد نیاز به اصلاح دارند؛ توضیح هر کدام کنار آن آمده است.")
    String invalid();

    @Message("شرکتی با این شناسه ملی پیش‌تر ثبت شده است.")
    String duplicate();

    @Message("سرور هویت (Keycloak) در دسترس نیست؛ هیچ تغییری ذخیره نشد. کمی بعد دوباره تلاش کنید.")
    String unavailable();

    @Message("این شرکت در این فاصله تغییر کرده است؛ وضعیت کنونی آن را ببینید و دوباره تلاش کنید.")
    String conflict();

    @Message("صفحه‌های فهرست شرکا")
    String pages_label();

    @Message("قبلی")
    String previous();

    @Message("بعدی")
    String next();

    @Message("بازگشت به فهرست شرکا")
    String back_to_list();

    @Message("مشخصات")
    String details_title();

    @Message("کارها")
    String actions_title();

    @Message("""
            {#when action}\
            {#is 'suspend'}شرکت تعلیق شد؛ درخواست‌های آن از همین حالا رد می‌شود.\
            {#is 'reactivate'}شرکت دوباره فعال شد.\
            {/when}""")
    String done(String action);

    @Message("تعلیق شرکت")
    String suspend_title();

    @Message("درخواست‌های این شرکت از همین لحظه با خطای ۴۰۳ رد می‌شود و کلاینت آن در Keycloak غیرفعال می‌شود.")
    String suspend_text();

    @Message("تعلیق")
    String suspend_submit();

    @Message("فعال‌سازی دوباره")
    String reactivate_title();

    @Message("شرکت دوباره می‌تواند توکن بگیرد و اعضا را بررسی کند.")
    String reactivate_text();

    @Message("فعال‌سازی")
    String reactivate_submit();

    @Message("ساخت رمز تازه برای کلاینت")
    String rotate_title();

    @Message("رمز کنونی همین حالا از کار می‌افتد و شرکت تا رمز تازه را به کار نبرد نمی‌تواند توکن بگیرد.")
    String rotate_warning();

    @Message("می‌دانم که رمز کنونی از کار می‌افتد.")
    String rotate_confirm();

    @Message("برای ساخت رمز تازه این مورد را تأیید کنید.")
    String rotate_confirm_required();

    @Message("ساخت رمز تازه")
    String rotate_submit();

    @Message("تاریخچه")
    String history_title();

    @Message("زمان")
    String history_when();

    @Message("کاربر")
    String history_who();

    @Message("کار")
    String history_what();

    @Message("جزئیات")
    String history_details();

    @Message("""
            {#when action}\
            {#is 'partner.register'}ثبت\
            {#is 'partner.suspend'}تعلیق\
            {#is 'partner.reactivate'}فعال‌سازی دوباره\
            {#is 'partner.rotate-secret'}رمز تازه\
            {#else}{action}\
            {/when}""")
    String action(String action);

    @Message("رایانامه تماس")
    String contact();

    @Message("کلاینت شرکت ساخته شد")
    String registered_title();

    @Message("رمز تازه کلاینت ساخته شد")
    String rotated_title();

    @Message("این رمز فقط همین یک بار نشان داده می‌شود و صنف آن را نگه نمی‌دارد. همین حالا آن را رونوشت کنید و از راهی امن به شرکت بدهید.")
    String secret_warning();

    @Message("رمز کلاینت (client secret)")
    String secret_label();

    @Message("صفحه شرکت")
    String to_partner();
}
