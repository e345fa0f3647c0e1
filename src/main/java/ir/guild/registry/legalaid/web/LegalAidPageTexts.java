package ir.guild.registry.legalaid.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;


/**
 * The text of the member's legal-aid pages in Persian; English is in
 * {@code messages/legalAidPages_en.properties}. Templates use {@code legalAidPages:key}.
 */
@MessageBundle(value = "legalAidPages", locale = "fa")
public interface LegalAidPageTexts {

    // --- shared ----------------------------------------------------------------------





    @Message("شماره پرونده")
    String col_number();

    @Message("موضوع")
    String col_subject();

    @Message("دسته")
    String col_category();

    @Message("وضعیت")
    String col_status();

    @Message("تاریخ ثبت")
    String col_filed();

    @Message("آخرین پاسخ میز معاضدت")
    String col_last_reply();

    @Message("هنوز پاسخی نیامده")
    String no_reply_yet();

    @Message("انتخاب کنید")
    String choose();

    @Message("برخی از بخش‌های فرم نیاز به اصلاح دارند؛ توضیح هر کدام کنار همان بخش آمده است.")
    String errors_summary();

    @Message("بازگشت به پرونده‌های من")
    String back_to_mine();

    @Message("""
            {#when blocked}\
            {#is 'NOT_MEMBER'}معاضدت حقوقی صنف ویژه اعضای صنف است. شما عضو صنف نیستید؛ پس از پذیرش درخواست عضویت می‌توانید از میز معاضدت کمک بخواهید.\
            {#is 'SUSPENDED'}عضویت شما در صنف معلق است و تا رفع تعلیق نمی‌توانید پرونده تازه ثبت کنید. پرونده‌های پیشین شما همچنان پیگیری می‌شوند.\
            {#is 'EXPIRED'}اعتبار عضویت شما به پایان رسیده است. برای ثبت پرونده تازه، ابتدا عضویت خود را تمدید کنید. پرونده‌های پیشین شما همچنان پیگیری می‌شوند.\
            {#is 'REVOKED'}عضویت شما در صنف لغو شده است و دیگر نمی‌توانید پرونده تازه ثبت کنید.\
            {/when}""")
    String blocked_text(String blocked);

    @Message("درخواست عضویت")
    String blocked_apply();

    @Message("پیشخوان من")
    String blocked_dashboard();

    // --- the member's cases ------------------------------------------------------------

    @Message("معاضدت حقوقی من")
    String my_title();

    @Message("پرونده‌های شما محرمانه‌اند: جز شما، فقط مشاور حقوقی پرونده و مدیران صنف آن‌ها را می‌بینند.")
    String my_lead();

    @Message("ثبت پرونده تازه")
    String new_link();

    @Message("فهرست پرونده‌های من")
    String cases_caption();

    @Message("هنوز پرونده‌ای ثبت نکرده‌اید.")
    String cases_empty();

    // --- the form ----------------------------------------------------------------------

    @Message("درخواست معاضدت حقوقی")
    String new_title();

    @Message("ماجرا را برای مشاوران حقوقی صنف بنویسید و اگر سندی دارید (قرارداد، فیش حقوقی، تصویر گفت‌وگوها) پیوست کنید. یکی از مشاوران، که با طرف دعوای شما تعارض منافع ندارد، پرونده را می‌پذیرد و پاسخ می‌دهد.")
    String new_lead();

    @Message("دسته موضوع")
    String field_category();

    @Message("موضوع پرونده")
    String field_subject();

    @Message("در یک جمله، مانند «سه ماه حقوق پرداخت‌نشده». حداکثر ۲۰۰ نویسه.")
    String help_subject();

    @Message("شرح ماجرا")
    String field_description();

    @Message("چه شده، از کی، و چه می‌خواهید. حداکثر ۸۰۰۰ نویسه.")
    String help_description();

    @Message("نام طرف دعوا")
    String field_counterparty_name();

    @Message("نام شرکت یا شخصی که با او اختلاف دارید. حداکثر ۲۰۰ نویسه.")
    String help_counterparty_name();

    @Message("طرف دعوا")
    String field_counterparty_type();

    @Message("مبلغ مورد اختلاف به ریال (اختیاری)")
    String field_amount();

    @Message("عدد صحیح به ریال، با رقم‌های فارسی یا انگلیسی؛ جداکننده هزارگان مجاز است، مانند ۲۵۰٬۰۰۰٬۰۰۰.")
    String help_amount();

    @Message("فوریت")
    String field_urgency();

    @Message("اگر مهلتی قانونی یا جلسه‌ای نزدیک در پیش است، «فوری» را انتخاب کنید.")
    String help_urgency();

    @Message("راه ترجیحی تماس")
    String field_contact();

    @Message("اسناد (اختیاری)")
    String field_documents();

    @Message("PDF، PNG، JPEG یا WebP؛ حداکثر {files} سند برای هر پرونده و هر سند حداکثر {size} مگابایت. نوع فایل از محتوای آن تشخیص داده می‌شود.")
    String help_documents(String files, String size);

    @Message("«{name}»: {message}")
    String file_error(String name, String message);

    @Message("اگر فرم با خطا برگشت، اسناد را دوباره انتخاب کنید؛ تا فرم کامل پذیرفته نشود، نه پرونده‌ای ثبت می‌شود و نه سندی.")
    String files_retype();

    @Message("ثبت پرونده")
    String submit();

    // --- one case ----------------------------------------------------------------------

    @Message("پرونده {number}")
    String case_title(String number);

    @Message("""
            {#when notice}\
            {#is 'filed'}پرونده شما با شماره {number} ثبت شد. این شماره را برای پیگیری نگه دارید؛ پاسخ میز معاضدت را با رایانامه هم به شما خبر می‌دهیم.\
            {#is 'replied'}پیام شما برای میز معاضدت فرستاده شد.\
            {#is 'documents'}اسناد به پرونده افزوده شد.\
            {#is 'withdrawn'}پرونده را پس گرفتید.\
            {/when}""")
    String notice(String notice, String number);

    @Message("این پرونده پس از باز شدن این صفحه تغییر کرده بود (مثلاً میز معاضدت وضعیت آن را تغییر داده است) و کار شما انجام نشد. وضعیت کنونی آن را در زیر می‌بینید.")
    String stale();

    @Message("این پرونده دیگر باز نیست؛ نمی‌توان پیام یا سندی به آن افزود.")
    String closed();

    @Message("طرف دعوا")
    String col_counterparty();

    @Message("مبلغ مورد اختلاف")
    String col_amount();

    @Message("{amount} ریال")
    String amount_rials(String amount);

    @Message("تعیین نشده")
    String amount_none();

    @Message("فوریت")
    String col_urgency();

    @Message("راه تماس")
    String col_contact();

    @Message("مشاور حقوقی")
    String col_counsel();

    @Message("هنوز مشاوری پرونده را نپذیرفته است.")
    String counsel_none();

    @Message("شرح ماجرا")
    String description_title();

    @Message("دلیل نپذیرفتن پرونده")
    String decline_reason();

    @Message("روند پرونده")
    String timeline_title();

    @Message("""
            {#when role}\
            {#is 'member'}شما\
            {#is 'counsel'}مشاور حقوقی\
            {#is 'admin'}مدیر صنف\
            {/when}""")
    String author(String role);

    @Message("پرونده ثبت شد.")
    String entry_filed();

    @Message("وضعیت پرونده:")
    String entry_status();

    @Message("اسناد")
    String documents_title();

    @Message("سندی پیوست نشده است.")
    String documents_empty();

    @Message("{size} کیلوبایت")
    String file_size(String size);

    @Message("نوشتن به میز معاضدت")
    String reply_title();

    @Message("پیام شما")
    String field_reply();

    @Message("مشاور پرونده و مدیران صنف این پیام را می‌خوانند. حداکثر ۸۰۰۰ نویسه.")
    String help_reply();

    @Message("فرستادن پیام")
    String reply_submit();

    @Message("افزودن سند")
    String add_documents_title();

    @Message("سندهای تازه")
    String field_more_documents();

    @Message("افزودن به پرونده")
    String add_documents_submit();

    @Message("پس گرفتن پرونده")
    String withdraw_title();

    @Message("پرونده‌ای که پس گرفته شود بسته می‌شود و میز معاضدت دیگر آن را پیگیری نمی‌کند. این کار بازگشت ندارد؛ اگر بعداً دوباره کمک بخواهید، باید پرونده تازه‌ای ثبت کنید.")
    String withdraw_hint();

    @Message("می‌دانم که پس گرفتن پرونده بازگشت ندارد.")
    String field_confirm();

    @Message("برای پس گرفتن پرونده، این را تأیید کنید.")
    String confirm_required();

    @Message("پس گرفتن پرونده")
    String withdraw_submit();

    // --- the dashboard link ------------------------------------------------------------

    @Message("معاضدت حقوقی من")
    String me_link();
}
