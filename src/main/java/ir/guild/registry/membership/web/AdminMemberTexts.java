package ir.guild.registry.membership.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import ir.guild.registry.membership.MemberStatus;

/**
 * The text of the admins' member pages, in Persian; English is in
 * {@code messages/adminMembers_en.properties}. Templates use {@code adminMembers:key}.
 */
@MessageBundle(value = "adminMembers", locale = "fa")
public interface AdminMemberTexts {

    @Message("اعضای صنف")
    String list_title();

    @Message("جست‌وجو و پالایش")
    String filter_legend();

    @Message("جست‌وجو")
    String filter_q();

    @Message("نام، نام لاتین، کد ملی، شماره عضویت یا رایانامه")
    String filter_q_hint();

    @Message("وضعیت")
    String filter_status();

    @Message("رده")
    String filter_grade();

    @Message("استان")
    String filter_province();

    @Message("همه")
    String filter_any();

    @Message("جست‌وجو")
    String filter_submit();

    @Message("پاک کردن پالایه‌ها")
    String filter_clear();

    @Message("خروجی CSV")
    String export_csv();

    @Message("ورود اعضا از فایل")
    String import_members();

    @Message("{count} عضو")
    String total(String count);

    @Message("بیش از {count} عضو")
    String total_more_than(String count);

    @Message("عضوی با این مشخصات پیدا نشد.")
    String list_empty();

    @Message("شماره عضویت")
    String col_number();

    @Message("نام")
    String col_name();

    @Message("رده")
    String col_grade();

    @Message("استان")
    String col_province();

    @Message("وضعیت")
    String col_status();

    @Message("معتبر تا")
    String col_valid_until();

    @Message("صفحه‌های فهرست")
    String pagination_label();

    @Message("صفحه قبل")
    String page_previous();

    @Message("صفحه بعد")
    String page_next();

    @Message("صفحه {page} از {pages}")
    String page_of(String page, String pages);

    @Message("صفحه {page}")
    String page_number(String page);

    @Message("""
            {#when status}\
            {#is ACTIVE}فعال\
            {#is SUSPENDED}تعلیق‌شده\
            {#is EXPIRED}منقضی‌شده\
            {#is REVOKED}لغوشده\
            {/when}""")
    String status(MemberStatus status);

    @Message("بازگشت به فهرست اعضا")
    String back_to_list();

    @Message("مشخصات")
    String details_title();

    @Message("نام و نام خانوادگی")
    String full_name();

    @Message("نام لاتین")
    String full_name_latin();

    @Message("کد ملی")
    String national_id();

    @Message("رایانامه")
    String email();

    @Message("شماره همراه")
    String mobile();

    @Message("شهر")
    String city();

    @Message("تخصص‌ها")
    String specialties();

    @Message("عضو از")
    String member_since();

    @Message("در فهرست عمومی اعضا")
    String directory_listed();

    @Message("بله")
    String yes();

    @Message("خیر")
    String no();

    @Message("دلیل")
    String status_reason();

    @Message("تاریخچه")
    String history_title();

    @Message("زمان")
    String history_when();

    @Message("انجام‌دهنده")
    String history_who();

    @Message("رویداد")
    String history_what();

    @Message("جزئیات")
    String history_details();

    @Message("هنوز رویدادی ثبت نشده است.")
    String history_empty();

    @Message("""
            {#when action}\
            {#is 'member.suspend'}تعلیق عضویت\
            {#is 'member.reinstate'}رفع تعلیق\
            {#is 'member.revoke'}لغو عضویت\
            {#is 'member.renew'}تمدید عضویت\
            {#is 'application.submit'}ثبت درخواست عضویت\
            {#is 'application.resubmit'}ارسال دوباره درخواست\
            {#is 'application.withdraw'}انصراف از درخواست\
            {#is 'application.approve'}تأیید درخواست و آغاز عضویت\
            {#is 'application.reject'}رد درخواست\
            {#is 'application.request-info'}درخواست اطلاعات بیشتر\
            {#else}{action}\
            {/when}""")
    String action(String action);

    @Message("اقدام‌ها")
    String actions_title();

    @Message("تعلیق عضویت")
    String suspend_title();

    @Message("دلیل تعلیق (برای عضو فرستاده می‌شود)")
    String suspend_reason();

    @Message("تعلیق کن")
    String suspend_submit();

    @Message("رفع تعلیق")
    String reinstate_title();

    @Message("عضویت از حالت تعلیق بیرون می‌آید و به عضو خبر داده می‌شود.")
    String reinstate_text();

    @Message("تعلیق را بردار")
    String reinstate_submit();

    @Message("لغو عضویت")
    String revoke_title();

    @Message("لغو عضویت برگشت‌ناپذیر است: پس از آن هیچ اقدامی روی این عضویت ممکن نیست.")
    String revoke_warning();

    @Message("دلیل لغو (برای عضو فرستاده می‌شود)")
    String revoke_reason();

    @Message("می‌دانم که لغو عضویت برگشت‌ناپذیر است.")
    String revoke_confirm();

    @Message("برای لغو عضویت، این گزینه را تأیید کنید.")
    String revoke_confirm_required();

    @Message("عضویت را لغو کن")
    String revoke_submit();

    @Message("تمدید عضویت")
    String renew_title();

    @Message("اعتبار عضویت تا {until} تمدید می‌شود.")
    String renew_text(String until);

    @Message("تمدید کن")
    String renew_submit();

    @Message("عضویت لغوشده اقدام دیگری نمی‌پذیرد.")
    String no_actions();

    @Message("این تغییر انجام نشد: عضویت در این فاصله تغییر کرده است یا وضعیت کنونی آن این کار را نمی‌پذیرد. وضعیت کنونی در همین صفحه آمده است.")
    String conflict();

    @Message("""
            {#when done}\
            {#is 'suspend'}عضویت تعلیق شد و به عضو خبر داده شد.\
            {#is 'reinstate'}تعلیق عضویت برداشته شد و به عضو خبر داده شد.\
            {#is 'revoke'}عضویت لغو شد و به عضو خبر داده شد.\
            {#is 'renew'}عضویت تمدید شد و به عضو خبر داده شد.\
            {/when}""")
    String done(String done);
}
