package ir.guild.registry.dashboard.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import ir.guild.registry.legalaid.SlaOutcome;
import ir.guild.registry.outbox.DeliveryHealth;

/**
 * The text of the admins' home page (its sections, the guild's figures and charts), in Persian;
 * English is in {@code messages/dashboardPages_en.properties}. Templates use {@code dashboardPages:key}.
 */
@MessageBundle(value = "dashboardPages", locale = "fa")
public interface DashboardPageTexts {

    @Message("مدیریت صنف")
    String title();

    @Message("بخش‌های مدیریت")
    String sections();

    @Message("اعضا")
    String section_members();

    @Message("ورود گروهی اعضا")
    String section_import();

    @Message("شرکت‌های همکار")
    String section_partners();

    @Message("دفتر رویدادها")
    String section_audit();

    @Message("گزارش‌ها")
    String section_reports();

    // --- figures -------------------------------------------------------------------------

    @Message("امروز در صنف")
    String figures_title();

    @Message("ارقام شمرده‌شده در {time}. همین ارقام به صورت JSON:")
    String figures_as_of(String time);

    @Message("درخواست‌های عضویت در انتظار تصمیم")
    String fig_waiting();

    @Message("قدیمی‌ترین از {days} روز پیش")
    String fig_waiting_oldest(String days);

    @Message("هیچ درخواستی در انتظار نیست")
    String fig_waiting_none();

    @Message("{count} درخواست در انتظار پاسخ متقاضی")
    String fig_needs_info(String count);

    @Message("اعضای فعال")
    String fig_members();

    @Message("منقضی: {expired} · تعلیق‌شده: {suspended} · لغوشده: {revoked}")
    String fig_members_detail(String expired, String suspended, String revoked);

    @Message("گواهی‌های صادرشده در این ماه")
    String fig_certificates();

    @Message("از {date}")
    String fig_since(String date);

    @Message("پرونده‌های باز معاضدت حقوقی")
    String fig_legal_open();

    @Message("{count} پرونده گذشته از مهلت پاسخ نخست")
    String fig_legal_overdue(String count);

    @Message("استعلام‌های شرکت‌های همکار در این هفته")
    String fig_verifications();

    @Message("{verified} تأییدشده، از {date}")
    String fig_verified(String verified, String date);

    // --- charts ----------------------------------------------------------------------------

    @Message("نمودارها")
    String charts_title();

    @Message("هر نمودار جدولی هم دارد؛ برای خواندن ارقام آن را باز کنید.")
    String charts_lead();

    @Message("نمایش به صورت جدول")
    String as_table();

    @Message("درخواست‌ها و پذیرش‌های عضویت در هر هفته، یک سال گذشته")
    String chart_weekly();

    @Message("هفته (از شنبه)")
    String col_week();

    @Message("درخواست‌ها")
    String col_applications();

    @Message("پذیرش‌ها")
    String col_approvals();

    @Message("اعضای فعال به تفکیک استان")
    String chart_provinces();

    @Message("استان")
    String col_province();

    @Message("اعضا")
    String col_members();

    @Message("اعضای فعال به تفکیک پایه")
    String chart_grades();

    @Message("پایه")
    String col_grade();

    @Message("گواهی‌های معتبر به تفکیک مسیر")
    String chart_tracks();

    @Message("مسیر")
    String col_track();

    @Message("گواهی‌ها")
    String col_certificates();

    @Message("پرونده‌های معاضدت حقوقی به تفکیک موضوع")
    String chart_categories();

    @Message("موضوع")
    String col_category();

    @Message("پرونده‌ها")
    String col_cases();

    @Message("پرونده‌های معاضدت حقوقی بر پایه مهلت پاسخ نخست")
    String chart_sla();

    @Message("وضعیت")
    String col_outcome();

    @Message("""
            {#when outcome}\
            {#is ON_TIME}پاسخ در مهلت\
            {#is LATE}پاسخ پس از مهلت\
            {#is WAITING}در انتظار پاسخ، در مهلت\
            {#is OVERDUE}گذشته از مهلت، بی‌پاسخ\
            {#is NO_RESPONSE}پایان‌یافته بی‌پاسخ\
            {/when}""")
    String sla_outcome(SlaOutcome outcome);

    // --- legal aid ---------------------------------------------------------------------------

    @Message("معاضدت حقوقی")
    String legal_title();

    @Message("و {count} پرونده دیگر؛ همه را در میز معاضدت ببینید.")
    String overdue_more(String count);

    @Message("فهرست پرونده‌های گذشته از مهلت")
    String overdue_caption();

    // --- delivery ----------------------------------------------------------------------------

    @Message("ارسال پیام‌ها")
    String delivery_title();

    @Message("پیام‌های ۲۴ ساعت گذشته در هر مسیر. همین ارقام به شکل JSON:")
    String delivery_lead();

    @Message("وضعیت ارسال در هر مسیر")
    String delivery_caption();

    @Message("مسیر")
    String col_channel();

    @Message("وضعیت")
    String col_state();

    @Message("ارسال‌شده")
    String col_delivered();

    @Message("تلاش ناموفق")
    String col_failed();

    @Message("در صف")
    String col_waiting();

    @Message("رهاشده")
    String col_given_up();

    @Message("آخرین ارسال")
    String col_last_delivered();

    @Message("آخرین خطا")
    String col_last_error();

    @Message("""
            {#when channel}\
            {#is 'mail'}ایمیل\
            {#is 'sms'}پیامک\
            {#is 'messenger'}پیام‌رسان\
            {#else}{channel}\
            {/when}""")
    String channel(String channel);

    @Message("""
            {#when state}\
            {#is OK}سالم\
            {#is FAILING}ناموفق\
            {#is DEGRADED}با پیام رهاشده\
            {#is IDLE}بی‌کار\
            {/when}""")
    String delivery_state(DeliveryHealth.State state);

    @Message("از {time}")
    String waiting_since(String time);

    @Message("هرگز")
    String never();
}
