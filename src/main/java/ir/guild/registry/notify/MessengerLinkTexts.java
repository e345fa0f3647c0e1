package ir.guild.registry.notify;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What linking a messenger chat says, in the chat and on the code page, in Persian; English is
 * in {@code messages/messengerLink_en.properties}. A chat has no language of its own, so the bot
 * answers in Persian and then in English in one message. Templates use {@code messengerLink:key}.
 */
@MessageBundle(value = "messengerLink", locale = "fa")
public interface MessengerLinkTexts {

    @Message("این گفتگو به عضویت {number} در سامانه صنف پیوند خورد و اعلان‌ها اینجا هم می‌رسد. برای لغو، /stop را بفرستید یا از صفحه تنظیمات اعلان‌ها اقدام کنید.")
    String chat_linked_member(String number);

    @Message("این گفتگو به حساب شما در سامانه صنف پیوند خورد و اعلان‌ها اینجا هم می‌رسد. برای لغو، /stop را بفرستید یا از صفحه تنظیمات اعلان‌ها اقدام کنید.")
    String chat_linked_account();

    @Message("این کد معتبر نیست یا منقضی یا مصرف شده است. در سامانه صنف، در صفحه تنظیمات اعلان‌ها کد تازه‌ای بگیرید و آن را اینجا بفرستید.")
    String chat_invalid();

    @Message("برای دریافت اعلان‌های صنف در اینجا، در سامانه صنف به صفحه تنظیمات اعلان‌ها بروید، کد پیوند بگیرید و آن را اینجا بفرستید.")
    String chat_start();

    @Message("پیوند این گفتگو با سامانه صنف برداشته شد و دیگر اعلانی اینجا فرستاده نمی‌شود.")
    String chat_unlinked();

    @Message("این گفتگو به حسابی در سامانه صنف پیوند ندارد.")
    String chat_not_linked();

    @Message("پیوند پیام‌رسان")
    String code_title();

    @Message("کد پیوند شما")
    String code_label();

    @Message("این کد را در پیام‌رسان بله برای بات {bot} بفرستید تا اعلان‌های صنف در همان گفتگو هم به شما برسد. کد فقط یک بار کار می‌کند.")
    String code_send_to(String bot);

    @Message("این کد را در پیام‌رسان بله برای بات صنف بفرستید تا اعلان‌های صنف در همان گفتگو هم به شما برسد. کد فقط یک بار کار می‌کند.")
    String code_send();

    @Message("اعتبار تا")
    String code_expires();

    @Message("با گرفتن کد تازه، کدهای قبلی شما باطل می‌شوند. این کد را به کسی ندهید: هر که آن را بفرستد، اعلان‌های شما را می‌گیرد.")
    String code_warning();

    @Message("باز کردن بات با همین کد")
    String code_start_link();

    @Message("بازگشت به تنظیمات اعلان‌ها")
    String back();

    @Message("پیام‌رسان در حال حاضر برای اعلان‌ها ارائه نمی‌شود.")
    String not_offered();
}
