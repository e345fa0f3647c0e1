package ir.guild.registry.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The text of every page. Persian, the default, is written here; English lives in
 * {@code messages/msg_en.properties}. Templates use {@code msg:key}.
 */
@MessageBundle(value = "msg", locale = "fa")
public interface Messages {

    @Message("صنف برنامه‌نویسان")
    String site_name();

    @Message("سامانه عضویت صنف ملی برنامه‌نویسان")
    String site_tagline();

    @Message("پرش به محتوای اصلی")
    String skip_to_content();

    @Message("خانه")
    String nav_home();

    @Message("پیشخوان من")
    String nav_me();

    @Message("درخواست‌های عضویت")
    String nav_admin_applications();

    @Message("گواهی‌نامه‌ها")
    String nav_tracks();

    @Message("استعلام گواهی")
    String nav_verify();

    @Message("ارزیابی")
    String nav_assessor();

    @Message("رشته‌ها")
    String nav_admin_tracks();

    @Message("معاضدت حقوقی")
    String nav_counsel();

    @Message("مدیریت")
    String nav_admin();

    @Message("گواهی‌های صادرشده")
    String nav_admin_certificates();

    @Message("ورود")
    String sign_in();

    @Message("خروج")
    String sign_out();

    @Message("زبان")
    String language_label();

    @Message("ناوبری اصلی")
    String nav_label();

    @Message("صنف ملی برنامه‌نویسان ایران")
    String footer_text();

    @Message("امروز:")
    String footer_today();

    @Message("راهنمای برنامه‌نویسان شرکت‌های همکار")
    String footer_developers();

    @Message("خانه برنامه‌نویسان ایران")
    String home_title();

    @Message("صنف ملی برنامه‌نویسان، نهاد حرفه‌ای برنامه‌نویسان ایران است: از حقوق صنفی شما دفاع می‌کند، مهارت‌هایتان را گواهی می‌کند و در اختلاف‌های کاری کنارتان است.")
    String home_lead();

    @Message("درخواست عضویت")
    String home_join();

    @Message("اعتبارسنجی گواهی")
    String home_verify();

    @Message("عضویت")
    String home_membership_title();

    @Message("درخواست عضویت را برخط ثبت کنید؛ پس از تأیید، شماره عضویت و کارت عضویت دریافت می‌کنید.")
    String home_membership_text();

    @Message("گواهی مهارت")
    String home_certification_title();

    @Message("مهارت‌هایتان را ارزیابان صنف گواهی می‌کنند و کارفرما می‌تواند گواهی را حتی بدون اتصال به اینترنت بررسی کند.")
    String home_certification_text();

    @Message("پشتیبانی حقوقی")
    String home_legal_title();

    @Message("در دعوای دستمزد معوق، قرارداد یا مالکیت فکری، مشاوران حقوقی صنف پرونده شما را محرمانه پیگیری می‌کنند.")
    String home_legal_text();

    @Message("کارفرمایان")
    String home_partners_title();

    @Message("شرکت‌های همکار، با رضایت شما، عضویت و گواهی‌هایتان را از راه API بررسی می‌کنند.")
    String home_partners_text();

    @Message("پیشخوان من")
    String me_title();

    @Message("نام")
    String me_name();

    @Message("نام کاربری")
    String me_username();

    @Message("رایانامه")
    String me_email();

    @Message("نقش‌ها")
    String me_roles();

    @Message("متقاضی (هنوز عضو صنف نیستید)")
    String me_applicant();

    @Message("""
            {#when role}\
            {#is MEMBER}عضو\
            {#is ADMIN}مدیر صنف\
            {#is ASSESSOR}ارزیاب\
            {#is COUNSEL}مشاور حقوقی\
            {#is PARTNER}شرکت همکار\
            {/when}""")
    String role(ir.guild.registry.identity.Role role);

    @Message("خطا")
    String error_title();

    @Message("""
            {#when status}\
            {#is 400}درخواست نامعتبر است.\
            {#is 401}برای دیدن این صفحه باید وارد شوید.\
            {#is 403}اجازه دسترسی به این صفحه را ندارید.\
            {#is 404}این صفحه پیدا نشد.\
            {#is 409}این درخواست با وضعیت فعلی سازگار نیست.\
            {#is 413}حجم درخواست بیش از حد مجاز است.\
            {#else}خطایی در سامانه رخ داد. لطفاً دوباره تلاش کنید.\
            {/when}""")
    String error_message(int status);

    @Message("بازگشت به خانه")
    String error_home();
}
