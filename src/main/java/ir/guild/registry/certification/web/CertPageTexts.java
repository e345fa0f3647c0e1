package ir.guild.registry.certification.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import ir.guild.registry.certification.RequestStatus;

/**
 * The text of the member's certification pages, the assessors' pages and the admins'
 * certificate page, in Persian; English is in {@code messages/certPages_en.properties}.
 * Templates use {@code certPages:key}.
 */
@MessageBundle(value = "certPages", locale = "fa")
public interface CertPageTexts {

    // --- shared ----------------------------------------------------------------------

    @Message("""
            {#when status}\
            {#is SUBMITTED}در انتظار ارزیابی\
            {#is NEEDS_INFO}نیازمند اطلاعات بیشتر\
            {#is GRANTED}پذیرفته شد\
            {#is DENIED}پذیرفته نشد\
            {#is WITHDRAWN}پس گرفته شد\
            {/when}""")
    String request_status(RequestStatus status);

    @Message("رشته")
    String col_track();

    @Message("سطح")
    String col_level();

    @Message("وضعیت")
    String col_status();

    @Message("کد گواهی‌نامه")
    String col_code();

    @Message("تاریخ صدور")
    String col_issued();

    @Message("اعتبار تا")
    String col_expires();

    @Message("پیوندها")
    String col_links();

    @Message("تاریخ ثبت")
    String col_submitted();

    @Message("توضیح ارزیاب")
    String col_reason();

    @Message("درخواست‌دهنده")
    String col_requester();

    @Message("دارنده")
    String col_holder();

    @Message("شماره عضویت")
    String membership_number();

    @Message("سطح {level}")
    String level_n(String level);

    @Message("انتخاب کنید")
    String choose();

    @Message("همه")
    String all();

    @Message("برخی از بخش‌های فرم نیاز به اصلاح دارند؛ توضیح هر کدام کنار همان بخش آمده است.")
    String errors_summary();

    @Message("نسخه چاپی")
    String link_print();

    @Message("صفحه استعلام عمومی")
    String link_verify();

    @Message("گواهی امضاشده دیجیتال (VC-JWT)")
    String link_credential();

    @Message("""
            {#when blocked}\
            {#is 'NOT_MEMBER'}درخواست گواهی‌نامه مهارت فقط برای اعضای صنف است. شما هنوز عضو صنف نیستید؛ پس از پذیرش درخواست عضویت می‌توانید مهارت‌هایتان را برای گواهی بفرستید.\
            {#is 'SUSPENDED'}عضویت شما در صنف معلق است و تا رفع تعلیق نمی‌توانید گواهی‌نامه تازه درخواست کنید. گواهی‌نامه‌های شما هم در این مدت معلق نشان داده می‌شوند.\
            {#is 'EXPIRED'}اعتبار عضویت شما به پایان رسیده است. برای درخواست گواهی‌نامه تازه، ابتدا عضویت خود را تمدید کنید.\
            {#is 'REVOKED'}عضویت شما در صنف لغو شده است و دیگر نمی‌توانید گواهی‌نامه درخواست کنید.\
            {/when}""")
    String blocked_text(String blocked);

    @Message("درخواست عضویت")
    String blocked_apply();

    @Message("پیشخوان من")
    String blocked_dashboard();

    // --- the member's page -------------------------------------------------------------

    @Message("گواهی‌نامه‌های من")
    String my_title();

    @Message("درخواست گواهی‌نامه تازه")
    String request_link();

    @Message("گواهی‌نامه‌ها")
    String certificates_title();

    @Message("هنوز گواهی‌نامه‌ای ندارید.")
    String certificates_empty();

    @Message("گواهی امضاشده را هر کسی می‌تواند، حتی بدون اتصال به اینترنت، با کلید عمومی صنف بررسی کند.")
    String credential_hint();

    @Message("درخواست‌ها")
    String requests_title();

    @Message("هنوز درخواستی نفرستاده‌اید.")
    String requests_empty();

    // --- the request form --------------------------------------------------------------

    @Message("درخواست گواهی‌نامه مهارت")
    String new_title();

    @Message("بازگشت به گواهی‌نامه‌های من")
    String back_to_mine();

    @Message("فعلاً هیچ رشته‌ای درخواست تازه نمی‌پذیرد.")
    String no_tracks();

    @Message("رشته و سطحی را که می‌خواهید گواهی شود انتخاب کنید و نشان دهید چه کرده‌اید. یکی از ارزیابان صنف، که خود شما نیستید، شواهد را بررسی می‌کند.")
    String new_lead();

    @Message("شما در این رشته درخواستی دارید که هنوز تصمیمی درباره‌اش گرفته نشده است؛ تا تصمیم درباره آن یا پس گرفتنش، نمی‌توانید دوباره درخواست دهید.")
    String open_request();

    @Message("دیدن آن درخواست")
    String open_request_link();

    @Message("رشته")
    String field_track();

    @Message("فهرست رشته‌ها و آنچه هر سطح می‌خواهد در صفحه «گواهی‌نامه‌ها» آمده است.")
    String help_track();

    @Message("سطح درخواستی")
    String field_level();

    @Message("هر رشته سطح‌های خود را دارد؛ اگر رشته انتخاب‌شده این سطح را نداشته باشد، به شما گفته می‌شود.")
    String help_level();

    @Message("شواهد")
    String field_evidence();

    @Message("بنویسید چه کرده‌اید که این سطح را نشان می‌دهد: پروژه‌ها، نقش شما، فناوری‌ها. حداکثر ۴۰۰۰ نویسه.")
    String help_evidence();

    @Message("پیوند به کارهای شما (اختیاری)")
    String field_links();

    @Message("نشانی‌هایی که با http:// یا https:// شروع می‌شوند، مانند مخزن کد یا نمونه‌کار.")
    String help_links();

    @Message("پیوند {number}")
    String field_link(int number);

    @Message("فایل‌های پیوست (اختیاری)")
    String field_files();

    @Message("PDF، PNG، JPEG یا WebP؛ حداکثر {files} فایل برای هر درخواست و هر فایل حداکثر {size} مگابایت. نوع فایل از محتوای آن تشخیص داده می‌شود.")
    String help_files(String files, String size);

    @Message("«{name}»: {message}")
    String file_error(String name, String message);

    @Message("اگر فرم با خطا برگشت، فایل‌ها را دوباره انتخاب کنید؛ تا فرم کامل پذیرفته نشود، نه درخواستی ثبت می‌شود و نه فایلی.")
    String files_retype();

    @Message("ارسال درخواست")
    String submit();

    // --- one request -------------------------------------------------------------------

    @Message("درخواست گواهی‌نامه")
    String request_title();

    @Message("""
            {#when notice}\
            {#is 'submitted'}درخواست شما ثبت شد و در صف ارزیابی است. نتیجه را با رایانامه هم به شما خبر می‌دهیم.\
            {#is 'answered'}پاسخ شما ثبت شد و درخواست دوباره به صف ارزیابی رفت.\
            {#is 'withdrawn'}درخواست را پس گرفتید.\
            {/when}""")
    String request_notice(String notice);

    @Message("این درخواست پس از باز شدن این صفحه تغییر کرده بود (مثلاً ارزیاب درباره آن تصمیم گرفته است) و تغییر شما انجام نشد. وضعیت کنونی آن را در زیر می‌بینید.")
    String request_stale();

    @Message("سطح درخواستی")
    String level_asked();

    @Message("سطح اعطاشده")
    String level_granted();

    @Message("تاریخ تصمیم")
    String decided_at();

    @Message("توضیح ارزیاب")
    String assessor_reason();

    @Message("گواهی‌نامه صادرشده")
    String issued_title();

    @Message("شواهد")
    String evidence_title();

    @Message("پیوندها")
    String links_title();

    @Message("پیوندی داده نشده است.")
    String links_empty();

    @Message("فایل‌ها")
    String files_title();

    @Message("فایلی پیوست نشده است.")
    String files_empty();

    @Message("{size} کیلوبایت")
    String file_size(String size);

    @Message("پاسخ به درخواست ارزیاب")
    String answer_title();

    @Message("ارزیاب اطلاعات بیشتری خواسته است (توضیحش در بالا آمده). شواهد و پیوندها را کامل کنید و اگر لازم است فایل تازه پیوست کنید؛ با ارسال، درخواست دوباره به صف ارزیابی می‌رود.")
    String answer_lead();

    @Message("ارسال پاسخ")
    String answer_submit();

    @Message("پس گرفتن درخواست")
    String withdraw_title();

    @Message("درخواستی که پس گرفته شود دیگر بررسی نمی‌شود؛ بعداً می‌توانید درخواست تازه بدهید.")
    String withdraw_hint();

    @Message("پس گرفتن درخواست")
    String withdraw_submit();

    // --- the assessors' pages ----------------------------------------------------------

    @Message("ارزیابی درخواست‌های گواهی‌نامه")
    String queue_title();

    @Message("نمایش")
    String filter();

    @Message("{total} درخواست")
    String queue_total(String total);

    @Message("درخواستی با این شرایط نیست.")
    String queue_empty();

    @Message("صفحه‌های فهرست")
    String pages_label();

    @Message("قبلی")
    String previous();

    @Message("بعدی")
    String next();

    @Message("بازگشت به صف ارزیابی")
    String back_to_queue();

    @Message("این درخواست خود شماست. ارزیاب هیچ‌گاه درباره درخواست خودش تصمیم نمی‌گیرد؛ ارزیاب دیگری آن را بررسی می‌کند.")
    String own_request();

    @Message("این درخواست پس از باز شدن این صفحه تغییر کرده بود (شواهد تازه یا تصمیم ارزیاب دیگر) و تصمیم شما ثبت نشد. آن را دوباره بخوانید و سپس تصمیم بگیرید.")
    String decision_stale();

    @Message("گواهی‌نامه‌های کنونی درخواست‌دهنده")
    String requester_certificates();

    @Message("درخواست‌دهنده هنوز گواهی‌نامه‌ای ندارد.")
    String requester_certificates_none();

    @Message("تصمیم")
    String decision_title();

    @Message("درباره این درخواست تصمیمی نمی‌توان گرفت.")
    String no_decision();

    @Message("اعطای گواهی‌نامه")
    String grant_title();

    @Message("سطح اعطاشده")
    String grant_level();

    @Message("یادداشت برای عضو (اختیاری)")
    String grant_note();

    @Message("اعطا و صدور گواهی‌نامه")
    String grant_submit();

    @Message("درخواست اطلاعات بیشتر")
    String info_title();

    @Message("چه اطلاعاتی لازم است؟")
    String info_reason();

    @Message("ارسال درخواست اطلاعات")
    String info_submit();

    @Message("نپذیرفتن درخواست")
    String deny_title();

    @Message("دلیل (برای عضو فرستاده می‌شود)")
    String deny_reason();

    @Message("نپذیرفتن")
    String deny_submit();

    // --- the admins' certificate page --------------------------------------------------

    @Message("گواهی‌نامه‌ها")
    String admin_title();

    @Message("کد گواهی‌نامه یا شماره عضویت")
    String admin_query();

    @Message("مانند K7Q2-9XRT-M4PA یا ۱۴۰۵-۰۰۰۱۲۳. با شماره عضویت همه گواهی‌نامه‌های آن عضو نشان داده می‌شود.")
    String admin_query_help();

    @Message("این نه کد گواهی‌نامه است و نه شماره عضویت.")
    String admin_query_invalid();

    @Message("جست‌وجو")
    String admin_find();

    @Message("گواهی‌نامه لغو شد. از همین حالا در همه‌جا «لغوشده» نشان داده می‌شود و دلیل آن برای دارنده فرستاده شد.")
    String admin_revoked_notice();

    @Message("این گواهی‌نامه پس از باز شدن این صفحه تغییر کرده بود و لغو انجام نشد. وضعیت کنونی آن را در زیر می‌بینید.")
    String admin_stale();

    @Message("گواهی‌نامه‌ای پیدا نشد.")
    String admin_nothing_found();

    @Message("دلیل لغو")
    String revocation_reason();

    @Message("دلیل لغو (برای دارنده فرستاده می‌شود)")
    String revoke_reason();

    @Message("لغو گواهی‌نامه قطعی است و بازگشت ندارد.")
    String revoke_help();

    @Message("لغو گواهی‌نامه")
    String revoke_submit();

    // --- the dashboard card ------------------------------------------------------------

    @Message("گواهی‌نامه‌های مهارت")
    String me_card_title();

    @Message("درخواست‌های گواهی‌نامه و گواهی‌نامه‌هایتان را ببینید یا مهارت تازه‌ای را برای گواهی بفرستید.")
    String me_card_text();

    @Message("گواهی‌نامه‌های من")
    String me_card_link();
}
