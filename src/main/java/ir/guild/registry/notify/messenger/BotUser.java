package ir.guild.registry.notify.messenger;

/** The bot itself, as getMe describes it. */
public record BotUser(long id, String username, String firstName, boolean isBot) {
}
