package ir.guild.registry.reports.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import ir.guild.registry.certification.CertificateStatus;
import ir.guild.registry.membership.ApplicationStatus;

/**
 * The text of the admins' reports page, in Persian; English is in
 * {@code messages/reportPages_en.properties}. Templates use {@code reportPages:key}.
 */
@MessageBundle(value = "reportPages", locale = "fa")
public interface ReportPageTexts {

    @Message("گزارش‌ها")
    String title();

    @Message("هر گزارش یک فایل CSV است (UTF-8، قابل خواندن در Excel). فیلترها اختیاری‌اند؛ هر دریافت در رویدادنگار ثبت می‌شود.")
    String intro();

    @Message("اعضا")
    String members_title();

    @Message("فهرست اعضا با همان پالایه‌های صفحه اعضا دریافت می‌شود.")
    String members_intro();

    @Message("دریافت فهرست اعضا (CSV)")
    String members_link();

    @Message("درخواست‌های عضویت")
    String applications_title();

    @Message("گواهی‌نامه‌ها")
    String certificates_title();

    @Message("آمار پرونده‌های حمایت حقوقی")
    String legal_aid_title();

    @Message("فقط آمار هر پرونده (شماره، دسته، فوریت، وضعیت، تاریخ‌ها، پاسخ به‌موقع، تعیین مشاور)؛ هیچ‌گاه محتوای پرونده، نام‌ها یا پیام‌ها.")
    String legal_aid_intro();

    @Message("وضعیت")
    String status();

    @Message("مسیر")
    String track();

    @Message("همه")
    String any();

    @Message("از تاریخ")
    String from();

    @Message("تا تاریخ")
    String to();

    @Message("مثلاً {pattern}؛ تاریخ شمسی یا میلادی، خود روز هم شامل است.")
    String date_hint(String pattern);

    @Message("دریافت CSV")
    String download();

    @Message("""
            {#when status}\
            {#is SUBMITTED}ارسال‌شده\
            {#is NEEDS_INFO}نیازمند اطلاعات\
            {#is APPROVED}پذیرفته‌شده\
            {#is REJECTED}ردشده\
            {#is WITHDRAWN}پس‌گرفته‌شده\
            {/when}""")
    String application_status(ApplicationStatus status);

    @Message("""
            {#when status}\
            {#is VALID}معتبر\
            {#is EXPIRED}منقضی‌شده\
            {#is SUSPENDED}تعلیق‌شده\
            {#is REVOKED}لغوشده\
            {/when}""")
    String certificate_status(CertificateStatus status);
}
