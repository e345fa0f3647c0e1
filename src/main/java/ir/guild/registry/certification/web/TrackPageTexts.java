package ir.guild.registry.certification.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import ir.guild.registry.certification.CertificateStatus;

/**
 * The text of the certification catalog, the admins' track pages and the printable
 * certificate, in Persian; English is in {@code messages/trackPages_en.properties}.
 * Templates use {@code trackPages:key}.
 */
@MessageBundle(value = "trackPages", locale = "fa")
public interface TrackPageTexts {

    @Message("دوره‌های گواهی مهارت")
    String catalog_title();

    @Message("صنف مهارت برنامه‌نویسان را در این دوره‌ها گواهی می‌کند. هر دوره چند سطح دارد و هر سطح روشن می‌گوید چه چیزی باید نشان دهید.")
    String catalog_lead();

    @Message("هنوز دوره‌ای برای درخواست باز نیست.")
    String catalog_empty();

    @Message("گواهی این دوره {months} ماه اعتبار دارد.")
    String validity(String months);

    @Message("سطح {number}")
    String level(String number);

    @Message("سطح‌ها و آنچه هر کدام می‌خواهد")
    String levels_title();

    @Message("درخواست این گواهی")
    String request_link();

    @Message("درخواست گواهی {title}")
    String request_link_label(String title);

    @Message("جزئیات")
    String details_link();

    @Message("جزئیات {title}")
    String details_link_label(String title);

    @Message("بازگشت به فهرست دوره‌ها")
    String back_to_catalog();

    @Message("کد دوره")
    String code_label();

    @Message("برای درخواست باید عضو فعال صنف باشید؛ یک ارزیاب، که خود شما نیست، شواهد شما را بررسی می‌کند.")
    String request_hint();

    @Message("دوره‌های گواهی")
    String admin_title();

    @Message("دوره تازه")
    String admin_new();

    @Message("هنوز دوره‌ای تعریف نشده است.")
    String admin_empty();

    @Message("کد")
    String col_code();

    @Message("عنوان")
    String col_title();

    @Message("سطح‌ها")
    String col_levels();

    @Message("اعتبار")
    String col_validity();

    @Message("وضعیت")
    String col_status();

    @Message("آخرین تغییر")
    String col_updated();

    @Message("فعال")
    String active();

    @Message("غیرفعال")
    String inactive();

    @Message("{count} ماه")
    String months(String count);

    @Message("نمایش فهرست عمومی دوره‌ها")
    String public_catalog_link();

    @Message("دوره تازه")
    String form_new_title();

    @Message("ویرایش دوره {code}")
    String form_edit_title(String code);

    @Message("کد")
    String field_code();

    @Message("حروف لاتین بزرگ، رقم و _، مانند BACKEND_JAVA؛ پس از ساخت تغییر نمی‌کند.")
    String field_code_help();

    @Message("عنوان فارسی")
    String field_title_fa();

    @Message("عنوان انگلیسی")
    String field_title_en();

    @Message("توضیح فارسی (اختیاری)")
    String field_description_fa();

    @Message("توضیح انگلیسی (اختیاری)")
    String field_description_en();

    @Message("مدت اعتبار گواهی (ماه)")
    String field_validity();

    @Message("از ۱ تا ۱۲۰ ماه.")
    String field_validity_help();

    @Message("فعال: اعضا می‌توانند این گواهی را درخواست کنند")
    String field_active();

    @Message("دوره غیرفعال در فهرست عمومی نمی‌آید، اما گواهی‌های صادرشده‌اش معتبر می‌مانند.")
    String field_active_help();

    @Message("سطح‌ها")
    String levels_legend();

    @Message("آنچه هر سطح از عضو می‌خواهد را به دو زبان بنویسید. سطح‌ها از ۱ آغاز می‌شوند و پشت سر هم می‌آیند؛ برای کنار گذاشتن آخرین سطح، هر دو متن آن را خالی بگذارید.")
    String levels_help();

    @Message("آنچه سطح {number} می‌خواهد (فارسی)")
    String level_requirements_fa(String number);

    @Message("آنچه سطح {number} می‌خواهد (انگلیسی)")
    String level_requirements_en(String number);

    @Message("سطح‌های بیشتر (اختیاری)")
    String more_levels();

    @Message("ساخت دوره")
    String create();

    @Message("ذخیره")
    String save();

    @Message("بازگشت به فهرست")
    String back_to_list();

    @Message("برخی موارد نیاز به اصلاح دارند؛ توضیح هر کدام کنار آن آمده است.")
    String invalid();

    @Message("این دوره پس از باز شدن این صفحه تغییر کرده است و تغییرات شما ذخیره نشد. آنچه اکنون ثبت است در زیر آمده؛ دوباره اعمال کنید.")
    String conflict();

    @Message("سطح {levels} را نمی‌توان حذف کرد، چون گواهی‌ها یا درخواست‌هایی به آن اشاره دارند. تغییرات ذخیره نشد.")
    String level_in_use(String levels);

    @Message("دوره ساخته شد.")
    String created();

    @Message("تغییرات ذخیره شد.")
    String saved();

    @Message("""
            {#when status}\
            {#is VALID}معتبر\
            {#is EXPIRED}منقضی‌شده\
            {#is SUSPENDED}تعلیق‌شده\
            {#is REVOKED}لغوشده\
            {/when}""")
    String status(CertificateStatus status);

    @Message("گواهی مهارت")
    String print_title();

    @Message("صنف ملی برنامه‌نویسان ایران")
    String print_guild();

    @Message("گواهی می‌شود که")
    String print_certifies();

    @Message("مهارت خود را در این دوره نشان داده است:")
    String print_has_shown();

    @Message("دوره")
    String print_track();

    @Message("سطح")
    String print_level();

    @Message("شماره عضویت")
    String print_membership_number();

    @Message("تاریخ صدور")
    String print_issued();

    @Message("معتبر تا")
    String print_expires();

    @Message("کد گواهی")
    String print_code();

    @Message("وضعیت")
    String print_status();

    @Message("کد QR برای بررسی گواهی {code}")
    String print_qr_alt(String code);

    @Message("برای بررسی این گواهی، کد را با تلفن همراه بخوانید یا این نشانی را باز کنید:")
    String print_verify_hint();

    @Message("برای چاپ از فرمان چاپ مرورگر استفاده کنید؛ گواهی روی یک برگ A4 افقی چاپ می‌شود.")
    String print_hint();

    @Message("بازگشت به گواهی‌های من")
    String print_back();
}
