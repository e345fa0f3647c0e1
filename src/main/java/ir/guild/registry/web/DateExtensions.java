package ir.guild.registry.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateInstance;

/**
 * Dates in templates: {@code date.display} shows the Jalali calendar with Persian
 * digits on Persian pages and the Gregorian calendar on English ones.
 */
@TemplateExtension
public final class DateExtensions {

    private DateExtensions() {
    }

    static String display(LocalDate date, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return JalaliDates.formatDate(date, localeOf(locale));
    }

    static String display(Instant instant, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return JalaliDates.formatDateTime(instant, localeOf(locale), GuildClock.ZONE);
    }

    static String shortDisplay(LocalDate date, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return JalaliDates.formatShortDate(date, localeOf(locale));
    }

    static Locale localeOf(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        if (attribute instanceof String tag) {
            return Locale.forLanguageTag(tag);
        }
        return Language.DEFAULT.locale();
    }
}
