package ir.guild.registry.membership.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import ir.guild.registry.membership.ApplicationStatus;
import ir.guild.registry.membership.MemberStatus;

/**
 * The text of the membership pages (the application form, the dashboard, the admins'
 * queue) in Persian; English is in {@code messages/membershipPages_en.properties}.
 * Templates use {@code membershipPages:key}.
 */
@MessageBundle(value = "membershipPages", locale = "fa")
public interface MembershipPageTexts {

    // --- the application form -------------------------------------------------

    @Message("درخواست عضویت")
    String apply_title();

    @Message("برای پیوستن به صنف ملی برنامه‌نویسان این فرم را پر کنید. درخواست شما بررسی می‌شود و نتیجه را با رایانامه به شما خبر می‌دهیم.")
    String apply_intro();

    @Message("تکمیل درخواست عضویت")
    String resubmit_title();

    @Message("صنف برای بررسی درخواست شما اطلاعات بیشتری خواسته است. درخواست را اصلاح یا کامل کنید و دوباره بفرستید.")
    String resubmit_intro();

    @Message("درخواست صنف")
    String guild_request();

    @Message("برخی از موارد نیاز به اصلاح دارند؛ توضیح هر یک کنار همان مورد آمده است.")
    String errors_summary();

    @Message("برای این حساب یا این کد ملی، درخواست باز یا عضویت دیگری ثبت شده است.")
    String apply_conflict();

    @Message("مشخصات فردی")
    String section_personal();

    @Message("راه‌های تماس و محل زندگی")
    String section_contact();

    @Message("تحصیلات و کار")
    String section_work();

    @Message("موافقت‌ها")
    String section_consents();

    @Message("نام و نام خانوادگی (فارسی)")
    String field_fullName();

    @Message("نام و نام خانوادگی (با حروف لاتین)")
    String field_fullNameLatin();

    @Message("کد ملی")
    String field_nationalId();

    @Message("ده رقم")
    String help_nationalId();

    @Message("تاریخ تولد (خورشیدی)")
    String field_birthDate();

    @Message("سال")
    String field_birthYear();

    @Message("ماه")
    String field_birthMonth();

    @Message("روز")
    String field_birthDay();

    @Message("انتخاب کنید")
    String choose();

    @Message("رایانامه")
    String field_email();

    @Message("تلفن همراه")
    String field_mobile();

    @Message("مانند ۰۹۱۲۱۲۳۴۵۶۷")
    String help_mobile();

    @Message("استان")
    String field_province();

    @Message("شهر")
    String field_city();

    @Message("آخرین مدرک تحصیلی")
    String field_educationLevel();

    @Message("رشته تحصیلی")
    String field_fieldOfStudy();

    @Message("سابقه کار برنامه‌نویسی (سال)")
    String field_yearsOfExperience();

    @Message("تخصص‌ها")
    String field_specialties();

    @Message("یک یا چند مورد را انتخاب کنید.")
    String help_specialties();

    @Message("وضعیت اشتغال")
    String field_employmentStatus();

    @Message("کارفرما یا محل کار")
    String field_employer();

    @Message("نشانی نمونه‌کار (مثلاً گیت‌هاب یا وب‌سایت)")
    String field_portfolioUrl();

    @Message("چرا می‌خواهید عضو صنف شوید؟")
    String field_motivation();

    @Message("(اختیاری)")
    String optional();

    @Message("اساسنامه و آیین‌نامه‌های صنف را خوانده‌ام و می‌پذیرم.")
    String consent_terms();

    @Message("موافقم که اطلاعاتم برای بررسی و نگهداری عضویت در صنف ذخیره و پردازش شود.")
    String consent_privacy();

    @Message("نام، استان و تخصص‌هایم در فهرست عمومی اعضا نمایش داده شود.")
    String consent_directory();

    @Message("ارسال درخواست")
    String apply_submit();

    @Message("ارسال دوباره درخواست")
    String resubmit_submit();

    // --- where the applicant stands ---------------------------------------------

    @Message("درخواست عضویت شما")
    String pending_title();

    @Message("درخواست شما ثبت شده است و صنف آن را بررسی می‌کند. نتیجه را با رایانامه به شما خبر می‌دهیم.")
    String pending_text();

    @Message("وضعیت")
    String status();

    @Message("تاریخ ثبت")
    String submitted_at();

    @Message("پس گرفتن درخواست")
    String withdraw();

    @Message("اگر درخواست را پس بگیرید، بررسی آن متوقف می‌شود و بعداً می‌توانید درخواست تازه‌ای بفرستید.")
    String withdraw_note();

    @Message("شما عضو صنف هستید")
    String already_member_title();

    @Message("شماره عضویت")
    String membership_number();

    @Message("رفتن به پیشخوان من")
    String to_dashboard();

    @Message("""
            {#when status}\
            {#is SUBMITTED}در انتظار بررسی\
            {#is NEEDS_INFO}نیازمند اطلاعات بیشتر\
            {#is APPROVED}تأییدشده\
            {#is REJECTED}پذیرفته‌نشده\
            {#is WITHDRAWN}پس‌گرفته‌شده\
            {/when}""")
    String application_status(ApplicationStatus status);

    // --- the dashboard ------------------------------------------------------------

    @Message("عضویت من")
    String membership_title();

    @Message("رده عضویت")
    String grade();

    @Message("عضو از")
    String member_since();

    @Message("اعتبار تا")
    String valid_until();

    @Message("""
            {#when status}\
            {#is ACTIVE}فعال\
            {#is SUSPENDED}معلق\
            {#is EXPIRED}منقضی\
            {#is REVOKED}لغوشده\
            {/when}""")
    String member_status(MemberStatus status);

    @Message("گام بعدی")
    String next_steps();

    @Message("اعتبار عضویت شما به پایان رسیده است. برای تمدید با دبیرخانه صنف تماس بگیرید.")
    String renew_expired();

    @Message("اعتبار عضویت شما در {date} به پایان می‌رسد. برای تمدید با دبیرخانه صنف تماس بگیرید.")
    String renew_soon(String date);

    @Message("عضویت شما معلق است. برای پیگیری با دبیرخانه صنف تماس بگیرید.")
    String suspended_note();

    @Message("عضویت شما لغو شده است.")
    String revoked_note();

    @Message("دلیل:")
    String reason();

    @Message("کارت عضویت من")
    String card_link();

    @Message("درخواست عضویت")
    String application_title();

    @Message("صنف برای بررسی درخواست شما این اطلاعات را خواسته است:")
    String needs_info_note();

    @Message("تکمیل درخواست")
    String complete_application();

    @Message("درخواست شما پذیرفته نشد.")
    String rejected_note();

    @Message("درخواست خود را پس گرفته‌اید.")
    String withdrawn_note();

    @Message("ارسال درخواست تازه")
    String apply_again();

    @Message("هنوز عضو صنف نیستید")
    String invite_title();

    @Message("با عضویت در صنف، شماره و کارت عضویت می‌گیرید، می‌توانید مهارت‌هایتان را گواهی کنید و در اختلاف‌های کاری از پشتیبانی حقوقی صنف بهره ببرید.")
    String invite_text();

    @Message("درخواست عضویت")
    String invite_link();

    @Message("مدیریت صنف")
    String staff_title();

    @Message("بررسی درخواست‌های عضویت")
    String staff_applications();

    // --- the admins' queue ------------------------------------------------------------

    @Message("درخواست‌های عضویت")
    String queue_title();

    @Message("همه")
    String all();

    @Message("جستجو (نام، کد ملی یا رایانامه)")
    String search();

    @Message("نمایش")
    String filter();

    @Message("نام")
    String name();

    @Message("{count} درخواست")
    String queue_total(String count);

    @Message("درخواستی با این شرایط پیدا نشد.")
    String queue_empty();

    @Message("صفحه‌های فهرست")
    String pages_label();

    @Message("قبلی")
    String previous();

    @Message("بعدی")
    String next();

    // --- one application, for admins ------------------------------------------------

    @Message("بازگشت به فهرست درخواست‌ها")
    String back_to_queue();

    @Message("بله")
    String yes();

    @Message("خیر")
    String no();

    @Message("تصمیم گرفته‌شده در")
    String decided_at();

    @Message("تصمیم‌گیرنده")
    String decided_by();

    @Message("دلیل یا توضیح صنف")
    String decision_reason();

    @Message("تاریخچه")
    String history_title();

    @Message("زمان")
    String history_when();

    @Message("انجام‌دهنده")
    String history_who();

    @Message("اقدام")
    String history_action();

    @Message("شرح")
    String history_summary();

    @Message("""
            {#when action}\
            {#is 'application.submit'}ثبت درخواست\
            {#is 'application.resubmit'}ارسال دوباره پس از تکمیل\
            {#is 'application.withdraw'}پس گرفتن درخواست\
            {#is 'application.approve'}تأیید عضویت\
            {#is 'application.reject'}رد درخواست\
            {#is 'application.request-info'}درخواست اطلاعات بیشتر\
            {#else}{action}\
            {/when}""")
    String action(String action);

    @Message("""
            {#when role}\
            {#is 'applicant'}متقاضی\
            {#is 'member'}عضو\
            {#is 'admin'}مدیر صنف\
            {#is 'assessor'}ارزیاب\
            {#is 'counsel'}مشاور حقوقی\
            {#is 'partner'}شرکت همکار\
            {#is 'system'}سامانه\
            {#else}{role}\
            {/when}""")
    String actor_role(String role);

    @Message("تصمیم")
    String decision_title();

    @Message("تأیید عضویت")
    String approve_title();

    @Message("تأیید و صدور عضویت")
    String approve_submit();

    @Message("رد درخواست")
    String reject_title();

    @Message("دلیل رد (برای متقاضی فرستاده می‌شود)")
    String reject_reason();

    @Message("رد درخواست")
    String reject_submit();

    @Message("درخواست اطلاعات بیشتر")
    String info_title();

    @Message("چه اطلاعاتی لازم است؟ (برای متقاضی فرستاده می‌شود)")
    String info_reason();

    @Message("ارسال درخواست اطلاعات")
    String info_submit();

    @Message("در این فاصله کس دیگری این درخواست را تغییر داده است. وضعیت تازه آن را ببینید و دوباره تصمیم بگیرید.")
    String stale_alert();

    @Message("این درخواست دیگر منتظر تصمیم نیست.")
    String no_decision_possible();
}
