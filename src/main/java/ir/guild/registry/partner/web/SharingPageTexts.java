package ir.guild.registry.partner.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import ir.guild.registry.partner.ShareCodeStatus;
import ir.guild.registry.partner.ShareScope;
import ir.guild.registry.partner.VerificationOutcome;

/**
 * The text of the member's sharing page (and its link on the dashboard), in Persian; English
 * is in {@code messages/sharingPages_en.properties}. Templates use {@code sharingPages:key}.
 */
@MessageBundle(value = "sharingPages", locale = "fa")
public interface SharingPageTexts {

    @Message("اشتراک عضویت با کارفرمایان")
    String title();

    @Message("با کد اشتراک، کارفرمایی که عضو «شرکای صنف» است می‌تواند عضویت شما را بررسی کند. هر کد فقط تا زمانی که تعیین می‌کنید کار می‌کند و هر وقت بخواهید می‌توانید آن را باطل کنید.")
    String lead();

    @Message("کد اشتراک ساخته شد")
    String issued_title();

    @Message("این کد را به کارفرما بدهید. فقط همین یک بار نشان داده می‌شود؛ صنف خود کد را نگه نمی‌دارد.")
    String issued_text();

    @Message("کد اشتراک باطل شد.")
    String revoked_done();

    @Message("برخی موارد نیاز به اصلاح دارند؛ توضیح هر کدام کنار آن آمده است.")
    String invalid();

    @Message("ساخت کد اشتراک")
    String new_title();

    @Message("کارفرما چه چیزی را ببیند؟")
    String scope_legend();

    @Message("""
            {#when scope}\
            {#is MEMBERSHIP}فقط عضویت\
            {#is MEMBERSHIP_AND_CERTIFICATES}عضویت و گواهی‌ها\
            {/when}""")
    String scope(ShareScope scope);

    @Message("""
            {#when scope}\
            {#is MEMBERSHIP}نام، شماره عضویت، وضعیت، رده و تاریخ اعتبار عضویت.\
            {#is MEMBERSHIP_AND_CERTIFICATES}همه آنچه بالا آمد، به‌همراه گواهی‌های مهارت شما و وضعیت هر کدام.\
            {/when}""")
    String scope_help(ShareScope scope);

    @Message("مدت اعتبار")
    String validity_label();

    @Message("""
            {#when hours}\
            {#is 1}یک ساعت\
            {#is 24}یک روز\
            {#is 72}سه روز\
            {#is 168}یک هفته\
            {#is 720}سی روز\
            {#is 2160}نود روز\
            {/when}""")
    String validity(int hours);

    @Message("یادداشت برای خودتان (اختیاری)")
    String label_label();

    @Message("مثلاً نام کارفرما؛ فقط خودتان آن را می‌بینید.")
    String label_help();

    @Message("ساخت کد")
    String create();

    @Message("کدهای اشتراک من")
    String codes_title();

    @Message("هنوز کد اشتراکی نساخته‌اید.")
    String codes_empty();

    @Message("یادداشت")
    String col_label();

    @Message("پایان کد")
    String col_code();

    @Message("دامنه")
    String col_scope();

    @Message("ساخته‌شده در")
    String col_created();

    @Message("پایان اعتبار")
    String col_expires();

    @Message("وضعیت")
    String col_status();

    @Message("بررسی‌های موفق")
    String col_uses();

    @Message("کار")
    String col_actions();

    @Message("""
            {#when status}\
            {#is ACTIVE}فعال\
            {#is EXPIRED}منقضی‌شده\
            {#is REVOKED}باطل‌شده\
            {/when}""")
    String status(ShareCodeStatus status);

    @Message("باطل کردن")
    String revoke();

    @Message("باطل کردن کد {hint}")
    String revoke_label(String hint);

    @Message("بی‌یادداشت")
    String no_label();

    @Message("چه کسانی عضویت مرا بررسی کرده‌اند")
    String verifications_title();

    @Message("هر درخواست بررسی شماره عضویت شما، چه پاسخ داده شده باشد چه نه، اینجا ثبت می‌شود.")
    String verifications_lead();

    @Message("هنوز هیچ کارفرمایی عضویت شما را بررسی نکرده است.")
    String verifications_empty();

    @Message("کارفرما")
    String col_firm();

    @Message("زمان")
    String col_when();

    @Message("نتیجه")
    String col_outcome();

    @Message("کد به‌کاررفته")
    String col_code_label();

    @Message("""
            {#when outcome}\
            {#is VERIFIED}تأیید شد\
            {#is UNKNOWN_NUMBER}شماره ناشناخته\
            {#is WRONG_CODE}کد نادرست\
            {#is CODE_EXPIRED}کد منقضی‌شده\
            {#is CODE_REVOKED}کد باطل‌شده\
            {/when}""")
    String outcome(VerificationOutcome outcome);

    @Message("صفحه‌های فهرست بررسی‌ها")
    String pages_label();

    @Message("صفحه قبل")
    String previous();

    @Message("صفحه بعد")
    String next();

    @Message("اشتراک با کارفرمایان")
    String me_title();

    @Message("کد اشتراک بسازید تا کارفرما عضویت و گواهی‌های شما را بررسی کند، و ببینید چه کسی بررسی کرده است.")
    String me_text();

    @Message("کدهای اشتراک و بررسی‌ها")
    String me_link();
}
