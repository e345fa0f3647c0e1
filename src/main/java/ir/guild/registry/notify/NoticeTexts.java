package ir.guild.registry.notify;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words notices share on every channel, in Persian; English is in {@code messages/noticeTexts_en.properties}. */
@MessageBundle(value = "noticeTexts", locale = "fa")
public interface NoticeTexts {

    /** The label of the button under a messenger message. */
    @Message("مشاهده در سامانه")
    String open_page();
}
