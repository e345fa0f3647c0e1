package ir.guild.registry.certification.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import ir.guild.registry.certification.CertificateStatus;
import ir.guild.registry.membership.MemberStatus;

/**
 * The text of the public checks of certificates and memberships, and of the page shown to a
 * client beyond its rate limit, in Persian; English is in
 * {@code messages/verifyPages_en.properties}. Templates use {@code verifyPages:key}.
 */
@MessageBundle(value = "verifyPages", locale = "fa")
public interface VerifyPageTexts {

    // --- the form --------------------------------------------------------------------

    @Message("استعلام گواهی‌نامه و عضویت")
    String verify_title();

    @Message("کدی را که روی گواهی‌نامه نوشته شده است وارد کنید تا ببینید صنف آن را صادر کرده و امروز معتبر است یا نه. برای بررسی عضویت، شماره عضویت را وارد کنید.")
    String verify_lead();

    @Message("کد گواهی‌نامه یا شماره عضویت")
    String field_code();

    @Message("مانند K7Q2-9XRT-M4PA یا ۱۴۰۵-۰۰۰۱۲۳. خط تیره، فاصله و بزرگی و کوچکی حروف اهمیتی ندارد.")
    String help_code();

    @Message("بررسی")
    String submit();

    @Message("""
            {#when problem}\
            {#is 'required'}کد گواهی‌نامه یا شماره عضویت را وارد کنید.\
            {#else}این کد درست نیست: کد گواهی‌نامه ۱۲ حرف و رقم لاتین است و شماره عضویت ده رقم، مانند ۱۴۰۵-۰۰۰۱۲۳.\
            {/when}""")
    String code_error(String problem);

    // --- one certificate -------------------------------------------------------------

    @Message("گواهی‌نامه مهارت")
    String certificate_title();

    @Message("کد گواهی‌نامه")
    String certificate_code();

    @Message("دارنده")
    String holder_name();

    @Message("نام دارنده به لاتین")
    String holder_name_latin();

    @Message("رشته")
    String track();

    @Message("سطح")
    String level();

    @Message("تاریخ صدور")
    String issued_on();

    @Message("اعتبار تا")
    String expires_on();

    @Message("بررسی‌شده در")
    String checked_on();

    @Message("این اطلاعات همین حالا از دفتر صنف ملی برنامه‌نویسان خوانده شد.")
    String checked_note();

    @Message("وضعیت")
    String status_label();

    @Message("""
            {#when status}\
            {#is VALID}معتبر\
            {#is EXPIRED}منقضی‌شده\
            {#is SUSPENDED}معلق\
            {#is REVOKED}لغوشده\
            {/when}""")
    String certificate_status(CertificateStatus status);

    @Message("""
            {#when status}\
            {#is VALID}صنف این گواهی‌نامه را صادر کرده و امروز معتبر است: دارنده آن مهارت‌های این رشته را در این سطح به ارزیابان صنف نشان داده است.\
            {#is EXPIRED}این گواهی‌نامه را صنف صادر کرده، اما دوره اعتبارش به پایان رسیده است و مهارت دارنده از آن پس دوباره ارزیابی نشده است. آن را گواهی امروز ندانید.\
            {#is SUSPENDED}این گواهی‌نامه فعلاً معتبر نیست، چون عضویت دارنده آن در صنف معلق یا لغو شده است. تا وقتی دوباره معتبر نشده، به آن تکیه نکنید.\
            {#is REVOKED}صنف این گواهی‌نامه را لغو کرده است و دیگر هیچ اعتباری ندارد. به آن تکیه نکنید.\
            {/when}""")
    String certificate_meaning(CertificateStatus status);

    @Message("بررسی کد دیگر")
    String check_another();

    // --- one membership --------------------------------------------------------------

    @Message("""
            {#when status}\
            {#is ACTIVE}این شخص امروز عضو فعال صنف ملی برنامه‌نویسان است.\
            {#is EXPIRED}این شخص عضو صنف بوده، اما اعتبار عضویتش به پایان رسیده و تمدید نشده است؛ امروز عضو فعال نیست.\
            {#is SUSPENDED}عضویت این شخص در صنف معلق است؛ تا رفع تعلیق، عضو فعال به شمار نمی‌آید.\
            {#is REVOKED}صنف عضویت این شخص را لغو کرده است؛ او دیگر عضو صنف نیست.\
            {/when}""")
    String member_meaning(MemberStatus status);

    // --- not found -------------------------------------------------------------------

    @Message("پیدا نشد")
    String not_found_title();

    @Message("گواهی‌نامه‌ای با این کد در دفتر صنف ثبت نشده است. کد را دوباره با دقت وارد کنید؛ اگر باز هم پیدا نشد، این گواهی‌نامه را صنف صادر نکرده است.")
    String not_found_certificate();

    @Message("عضوی با این شماره در دفتر صنف ثبت نشده است. شماره را دوباره با دقت وارد کنید؛ اگر باز هم پیدا نشد، این شخص عضو صنف نیست.")
    String not_found_member();

    @Message("آنچه جست‌وجو شد:")
    String searched_for();

    // --- beyond the rate limit -------------------------------------------------------

    @Message("درخواست‌ها بیش از حد مجاز")
    String too_many_title();

    @Message("در مدت کوتاهی درخواست‌های زیادی از نشانی شما رسیده است. لطفاً {seconds} ثانیه دیگر دوباره تلاش کنید.")
    String too_many_text(String seconds);

    @Message("بازگشت به خانه")
    String home();
}
