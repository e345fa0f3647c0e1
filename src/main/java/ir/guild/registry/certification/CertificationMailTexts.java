package ir.guild.registry.certification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The emails a member receives about certification, in Persian; English is in
 * {@code messages/certMail_en.properties}. Each {@code _short} message is the line SMS and
 * messenger carry: what happened and at most the certificate's public code, never the
 * assessor's or the revoker's reason.
 */
@MessageBundle(value = "certMail", locale = "fa")
public interface CertificationMailTexts {

    @Message("گواهی شما صادر شد")
    String granted_subject();

    @Message("{name} عزیز،\n\nدرخواست گواهی شما در مسیر «{track}» پذیرفته شد و گواهی سطح {level} برای شما صادر شد.\n\nکد گواهی: {code}\nاعتبار تا: {until}\n\nهر کسی می‌تواند این گواهی را در این نشانی بررسی کند:\n{link}\n\nصنف ملی برنامه‌نویسان")
    String granted_body(String name, String track, String level, String code, String until, String link);

    @Message("گواهی شما با کد {code} صادر شد.")
    String granted_short(String code);

    @Message("درخواست گواهی شما پذیرفته نشد")
    String denied_subject();

    @Message("{name} عزیز،\n\nدرخواست گواهی شما در مسیر «{track}»، سطح {level}، پذیرفته نشد. دلیل:\n\n{reason}\n\nصنف ملی برنامه‌نویسان")
    String denied_body(String name, String track, String level, String reason);

    @Message("درخواست گواهی شما پذیرفته نشد.")
    String denied_short();

    @Message("درخواست گواهی شما به اطلاعات بیشتری نیاز دارد")
    String needs_info_subject();

    @Message("{name} عزیز،\n\nارزیاب برای بررسی درخواست گواهی شما در مسیر «{track}»، سطح {level}، به این اطلاعات نیاز دارد:\n\n{reason}\n\nلطفاً درخواست را در {link} کامل کنید.\n\nصنف ملی برنامه‌نویسان")
    String needs_info_body(String name, String track, String level, String reason, String link);

    @Message("درخواست گواهی شما به اطلاعات بیشتری نیاز دارد؛ آن را در سامانه کامل کنید.")
    String needs_info_short();

    @Message("گواهی شما باطل شد")
    String revoked_subject();

    @Message("{name} عزیز،\n\nگواهی شما در مسیر «{track}»، سطح {level}، با کد {code} باطل شد. دلیل:\n\n{reason}\n\nاگر پرسشی دارید، به این رایانامه پاسخ دهید.\n\nصنف ملی برنامه‌نویسان")
    String revoked_body(String name, String track, String level, String code, String reason);

    @Message("گواهی شما با کد {code} باطل شد.")
    String revoked_short(String code);
}
