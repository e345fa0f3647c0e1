package ir.guild.registry.partner.webhook;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "guild.partners.webhooks")
public interface WebhookConfig {

    /** Callback URLs must be https; dev, test and the local run allow plain http to a local receiver. */
    @WithDefault("true")
    boolean requireHttps();

    /** How long one call may take, connecting included, before it counts as failed and is retried. */
    @WithDefault("5s")
    Duration timeout();
}
