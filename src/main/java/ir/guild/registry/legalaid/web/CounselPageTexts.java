package ir.guild.registry.legalaid.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import ir.guild.registry.legalaid.CaseStatus;
import ir.guild.registry.legalaid.ConflictWarning;
import ir.guild.registry.legalaid.EntryKind;
import ir.guild.registry.legalaid.SlaState;

/**
 * The text of the counsel's desk (the queue, a case as staff see it, the counsel's profile), in
 * Persian; English is in {@code messages/counselPages_en.properties}.
 * Templates use {@code counselPages:key}.
 */
@MessageBundle(value = "counselPages", locale = "fa")
public interface CounselPageTexts {

    // --- shared ----------------------------------------------------------------------

    @Message("""
            {#when status}\
            {#is SUBMITTED}ثبت‌شده\
            {#is TRIAGED}بررسی اولیه شد\
            {#is ASSIGNED}سپرده به مشاور\
            {#is IN_PROGRESS}در دست پیگیری\
            {#is AWAITING_MEMBER}در انتظار پاسخ عضو\
            {#is RESOLVED}حل شد\
            {#is CLOSED}بسته شد\
            {#is DECLINED}پذیرفته نشد\
            {#is WITHDRAWN}پس گرفته شد\
            {/when}""")
    String case_status(CaseStatus status);


    @Message("""
            {#when sla}\
            {#is ON_TIME}در مهلت\
            {#is DUE_SOON}نزدیک به پایان مهلت\
            {#is OVERDUE}گذشته از مهلت\
            {#is MET}پاسخ داده شد\
            {/when}""")
    String sla(SlaState sla);

    @Message("مهلت موضوعیت ندارد")
    String sla_none();



    @Message("بدون مشاور")
    String unassigned();

    @Message("شماره پرونده")
    String col_number();

    @Message("موضوع")
    String col_subject();

    @Message("دسته")
    String col_category();

    @Message("فوریت")
    String col_urgency();

    @Message("عضو")
    String col_member();

    @Message("مشاور")
    String col_counsel();

    @Message("تاریخ ثبت")
    String col_filed();

    @Message("مهلت پاسخ نخست")
    String col_due();

    @Message("وضعیت مهلت")
    String col_sla();

    @Message("وضعیت")
    String col_status();

    @Message("همه")
    String all();

    @Message("انتخاب کنید")
    String choose();

    @Message("برخی از بخش‌های فرم نیاز به اصلاح دارند؛ توضیح هر کدام کنار همان بخش آمده است.")
    String errors_summary();

    // --- the queue ----------------------------------------------------------------------

    @Message("میز معاضدت حقوقی")
    String queue_title();

    @Message("کدام پرونده‌ها")
    String scope_label();

    @Message("در انتظار مشاور")
    String scope_unassigned();

    @Message("پرونده‌های من")
    String scope_mine();

    @Message("همه پرونده‌هایی که می‌بینم")
    String scope_all();

    @Message("همه پرونده‌ها")
    String scope_all_admin();

    @Message("نمایش")
    String filter();

    @Message("{total} پرونده")
    String queue_total(String total);

    @Message("پرونده‌ای با این شرایط نیست.")
    String queue_empty();

    @Message("پرونده‌های گذشته از مهلت پاسخ نخست: {count}")
    String overdue_count(String count);

    @Message("هیچ پرونده‌ای از مهلت پاسخ نخست نگذشته است.")
    String overdue_none();

    @Message("صفحه‌های فهرست")
    String pages_label();

    @Message("قبلی")
    String previous();

    @Message("بعدی")
    String next();

    @Message("کارفرمای اعلام‌شده من")
    String profile_link();

    // --- one case -----------------------------------------------------------------------

    @Message("بازگشت به میز معاضدت")
    String back_to_queue();

    @Message("پرونده {number}")
    String case_title(String number);

    @Message("""
            {#when notice}\
            {#is 'claimed'}پرونده را پذیرفتید و نبود تعارض منافع ثبت شد.\
            {#is 'moved'}وضعیت پرونده ثبت شد.\
            {#is 'messaged'}پیام برای عضو فرستاده شد.\
            {#is 'noted'}یادداشت داخلی ثبت شد.\
            {#is 'assigned'}پرونده به مشاور سپرده شد.\
            {/when}""")
    String notice(String notice);

    @Message("پرونده از زمانی که این صفحه را باز کردید تغییر کرده است، یا این کار در وضعیت کنونی آن ممکن نیست؛ چیزی تغییر نکرد. وضعیت کنونی پرونده را در زیر می‌بینید.")
    String stale();

    @Message("عضو")
    String member();

    @Message("شرح ماجرا")
    String description();

    @Message("طرف دعوا")
    String counterparty();

    @Message("مبلغ مورد اختلاف")
    String amount();

    @Message("{amount} ریال")
    String rials(String amount);

    @Message("اعلام نشده")
    String amount_none();

    @Message("راه ارتباطی ترجیحی")
    String preferred_contact();

    @Message("دلیل نپذیرفتن")
    String decline_reason();

    @Message("اعلام نبود تعارض منافع")
    String conflict_declared();

    @Message("مشاور هنوز نبود تعارض منافع را اعلام نکرده است.")
    String conflict_not_declared();

    @Message("اسناد")
    String documents();

    @Message("سندی پیوست نشده است.")
    String documents_none();

    @Message("{size} کیلوبایت")
    String size_kb(String size);

    @Message("روند پرونده")
    String timeline();

    @Message("از «{from}» به «{to}»")
    String status_change(String from, String to);

    @Message("ثبت پرونده: «{to}»")
    String status_filed(String to);

    @Message("""
            {#when role}\
            {#is 'member'}عضو\
            {#is 'counsel'}مشاور\
            {#is 'admin'}مدیر صنف\
            {#else}{role}\
            {/when}""")
    String role(String role);

    @Message("""
            {#when kind}\
            {#is STATUS_CHANGE}تغییر وضعیت\
            {#is MESSAGE}پیام، دیده‌شده به‌دست عضو\
            {#is INTERNAL_NOTE}داخلی — به عضو نشان داده نمی‌شود\
            {/when}""")
    String entry_kind(EntryKind kind);

    // --- the claim ----------------------------------------------------------------------

    @Message("پذیرفتن پرونده")
    String claim_title();

    @Message("هشدار تعارض منافع")
    String warnings_title();

    @Message("""
            {#when kind}\
            {#is PARTNER_FIRM}طرف دعوا با «{name}»، یکی از شرکت‌های همکار صنف، مطابقت دارد.\
            {#is OWN_EMPLOYER}طرف دعوا با کارفرمایی که اعلام کرده‌اید، «{name}»، مطابقت دارد.\
            {/when}""")
    String warning(ConflictWarning.Kind kind, String name);

    @Message("اعلام می‌کنم که در این پرونده تعارض منافعی ندارم.")
    String no_conflict();

    @Message("هشدار بالا را سنجیده‌ام و همچنان پرونده را می‌پذیرم.")
    String warnings_ack();

    @Message("پذیرفتن پرونده")
    String claim_submit();

    // --- the status move ----------------------------------------------------------------

    @Message("تغییر وضعیت")
    String move_title();

    @Message("وضعیت تازه")
    String move_status();

    @Message("پیام به عضو همراه این تغییر (اختیاری؛ عضو آن را می‌بیند و رایانامه می‌گیرد)")
    String move_message();

    @Message("دلیل نپذیرفتن، برای عضو (هنگام نپذیرفتن پرونده الزامی است)")
    String move_reason();

    @Message("برای شروع کار روی پرونده‌ای که مدیر به شما سپرده است، باید نبود تعارض منافع را اعلام کنید.")
    String move_no_conflict_help();

    @Message("ثبت وضعیت")
    String move_submit();

    @Message("در وضعیت کنونی، پرونده به وضعیت دیگری نمی‌رود.")
    String no_moves();

    // --- message and note ---------------------------------------------------------------

    @Message("پیام به عضو")
    String message_title();

    @Message("متن پیام (عضو آن را در پرونده می‌بیند و رایانامه می‌گیرد)")
    String message_label();

    @Message("فرستادن به عضو")
    String message_submit();

    @Message("یادداشت داخلی")
    String note_title();

    @Message("متن یادداشت (فقط مشاوران و مدیران صنف آن را می‌بینند؛ هرگز به عضو نشان داده نمی‌شود)")
    String note_label();

    @Message("ثبت یادداشت داخلی")
    String note_submit();

    // --- the assignment -----------------------------------------------------------------

    @Message("سپردن به مشاور")
    String assign_title();

    @Message("مشاور")
    String assign_counsel();

    @Message("هنوز هیچ مشاوری از میز معاضدت استفاده نکرده است؛ مشاوران پس از نخستین ورود به میز در این فهرست می‌آیند.")
    String assign_none();

    @Message("سپردن")
    String assign_submit();

    // --- the counsel's profile ----------------------------------------------------------

    @Message("کارفرمای من")
    String profile_title();

    @Message("اگر جز صنف برای شرکت یا شخص دیگری کار می‌کنید، نام آن را بنویسید. پیش از پذیرفتن هر پرونده، اگر طرف دعوا با آن مطابقت داشته باشد، به شما هشدار داده می‌شود.")
    String profile_lead();

    @Message("کارفرما")
    String employer();

    @Message("اگر کارفرمای دیگری ندارید، خالی بگذارید.")
    String employer_help();

    @Message("ذخیره")
    String profile_submit();

    @Message("کارفرمای شما ثبت شد.")
    String profile_saved();
}
