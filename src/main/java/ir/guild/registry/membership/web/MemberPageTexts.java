package ir.guild.registry.membership.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import ir.guild.registry.membership.MemberStatus;

/**
 * The text of the membership card, the member's settings, the public directory and the
 * membership check, in Persian; English is in {@code messages/memberPages_en.properties}.
 * Templates use {@code memberPages:key}.
 */
@MessageBundle(value = "memberPages", locale = "fa")
public interface MemberPageTexts {

    @Message("""
            {#when status}\
            {#is ACTIVE}فعال\
            {#is SUSPENDED}تعلیق‌شده\
            {#is EXPIRED}منقضی‌شده\
            {#is REVOKED}لغوشده\
            {/when}""")
    String status(MemberStatus status);

    @Message("کارت عضویت")
    String card_title();

    @Message("صنف ملی برنامه‌نویسان ایران")
    String card_guild();

    @Message("نام")
    String card_name();

    @Message("نام به لاتین")
    String card_name_latin();

    @Message("شماره عضویت")
    String card_number();

    @Message("رده")
    String card_grade();

    @Message("وضعیت")
    String card_status();

    @Message("اعتبار تا")
    String card_valid_until();

    @Message("کد QR برای بررسی عضویت شماره {number}")
    String card_qr_alt(String number);

    @Message("برای بررسی این کارت، کد را با تلفن همراه بخوانید یا این نشانی را باز کنید:")
    String card_qr_hint();

    @Message("برای چاپ کارت از فرمان چاپ مرورگر استفاده کنید؛ فقط خود کارت چاپ می‌شود.")
    String card_print_hint();

    @Message("ویرایش اطلاعات تماس و نمایش در فهرست اعضا")
    String card_settings_link();

    @Message("شما عضو صنف نیستید")
    String not_member_title();

    @Message("کارت و تنظیمات عضویت پس از تأیید درخواست عضویت در دسترس قرار می‌گیرد.")
    String not_member_text();

    @Message("درخواست عضویت")
    String not_member_apply();

    @Message("تنظیمات عضویت")
    String settings_title();

    @Message("اطلاعات تماس شما فقط نزد صنف می‌ماند و در فهرست عمومی اعضا نشان داده نمی‌شود.")
    String settings_lead();

    @Message("رایانامه")
    String settings_email();

    @Message("شماره همراه")
    String settings_mobile();

    @Message("شهر")
    String settings_city();

    @Message("استان")
    String settings_province();

    @Message("انتخاب کنید")
    String settings_choose();

    @Message("نام من در فهرست عمومی اعضا نمایش داده شود")
    String settings_directory();

    @Message("در فهرست فقط نام، نام لاتین، رده، استان، تخصص‌ها و تاریخ عضویت شما دیده می‌شود؛ نه کد ملی، نه رایانامه، نه شماره همراه.")
    String settings_directory_help();

    @Message("ذخیره")
    String settings_save();

    @Message("تغییرات ذخیره شد.")
    String settings_saved();

    @Message("برخی موارد نیاز به اصلاح دارند؛ توضیح هر کدام کنار آن آمده است.")
    String settings_invalid();

    @Message("بازگشت به کارت عضویت")
    String settings_back_to_card();

    @Message("فهرست اعضا")
    String directory_title();

    @Message("برنامه‌نویسانی که عضو فعال صنف‌اند و خواسته‌اند نامشان در این فهرست بیاید.")
    String directory_lead();

    @Message("جست‌وجوی نام (فارسی یا لاتین)")
    String directory_q();

    @Message("تخصص")
    String directory_specialty();

    @Message("استان")
    String directory_province();

    @Message("همه")
    String directory_any();

    @Message("جست‌وجو")
    String directory_search();

    @Message("{count} عضو پیدا شد.")
    String directory_total(String count);

    @Message("هیچ عضوی با این مشخصات پیدا نشد.")
    String directory_empty();

    @Message("نام")
    String directory_name();

    @Message("رده")
    String directory_grade();

    @Message("تخصص‌ها")
    String directory_specialties();

    @Message("عضو از")
    String directory_member_since();

    @Message("صفحه‌ها")
    String directory_pages();

    @Message("صفحه قبل")
    String directory_previous();

    @Message("صفحه بعد")
    String directory_next();

    @Message("صفحه {page} از {pages}")
    String directory_page_of(String page, String pages);

    @Message("بررسی عضویت")
    String verify_title();

    @Message("این اطلاعات همین حالا از دفتر عضویت صنف خوانده شد.")
    String verify_lead();

    @Message("بررسی‌شده در")
    String verify_checked_on();
}
