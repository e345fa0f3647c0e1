package ir.guild.registry.common;

import ir.guild.registry.web.Language;

/**
 * Why a field was refused, in both languages. {@link Invalid} holds the reasons every form
 * shares; a feature adds its own (an unknown level, a file of the wrong type) in its own enum.
 */
public interface FieldReason {

    String message(Language language, Object... arguments);
}
