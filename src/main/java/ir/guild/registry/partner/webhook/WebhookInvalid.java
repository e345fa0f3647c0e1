package ir.guild.registry.partner.webhook;

import ir.guild.registry.common.FieldReason;
import ir.guild.registry.web.Language;

/** Why a subscription request was refused, besides the reasons every form shares. */
public enum WebhookInvalid implements FieldReason {
    HTTPS_REQUIRED("نشانی باید با https:// آغاز شود.", "The callback URL must start with https://.");

    private final String fa;
    private final String en;

    WebhookInvalid(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    @Override
    public String message(Language language, Object... arguments) {
        return String.format(language == Language.EN ? en : fa, arguments);
    }
}
