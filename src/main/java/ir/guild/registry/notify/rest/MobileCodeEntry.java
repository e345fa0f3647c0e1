package ir.guild.registry.notify.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MobileCodeEntry", description = "The code the person received by SMS")
public record MobileCodeEntry(@Schema(description = "Six digits", example = "123456") String code) {
}
