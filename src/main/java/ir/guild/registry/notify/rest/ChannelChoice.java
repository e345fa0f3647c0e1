package ir.guild.registry.notify.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChannelChoice", description = "Which channels besides email notices should also use")
public record ChannelChoice(@Schema(required = true) Boolean sms, @Schema(required = true) Boolean messenger) {
}
