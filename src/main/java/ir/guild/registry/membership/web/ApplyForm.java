package ir.guild.registry.membership.web;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.ULocale;

import ir.guild.registry.common.PersianText;
import ir.guild.registry.reference.EducationLevel;
import ir.guild.registry.reference.EmploymentStatus;
import ir.guild.registry.reference.Labelled;
import ir.guild.registry.reference.Province;
import ir.guild.registry.reference.Specialty;
import ir.guild.registry.web.Language;

/**
 * The application form as the page draws it: what was entered, the errors by field, the
 * choices labelled in the page's language, and whether it completes an application the
 * guild asked more information about.
 *
 * @param guildRequest what the guild asked for, when this is a resubmission
 * @param conflict the account or national ID already has an open application or a membership
 */
public record ApplyForm(ApplicationFields fields, FormErrors errors, Language language, boolean resubmission,
        String guildRequest, boolean conflict) {

    private static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");

    public static ApplyForm fresh(ApplicationFields fields, Language language) {
        return new ApplyForm(fields, FormErrors.none(), language, false, null, false);
    }

    public static ApplyForm resubmission(ApplicationFields fields, String guildRequest, Language language) {
        return new ApplyForm(fields, FormErrors.none(), language, true, guildRequest, false);
    }

    public ApplyForm withErrors(FormErrors errors) {
        return new ApplyForm(fields, errors, language, resubmission, guildRequest, conflict);
    }

    public ApplyForm withConflict() {
        return new ApplyForm(fields, errors, language, resubmission, guildRequest, true);
    }

    public FormField field(String name) {
        return FormField.of(name, fields.value(name), errors.of(name));
    }

    /** The birth date is one field for the service and three for people. */
    public FormField birthDate() {
        return FormField.of("birthDate", null, errors.of("birthDate"));
    }

    public FormField specialtiesField() {
        return FormField.of("specialties", null, errors.of("specialties"));
    }

    public List<Choice> provinces() {
        return choices(Province.values(), fields.province);
    }

    public List<Choice> educationLevels() {
        return choices(EducationLevel.values(), fields.educationLevel);
    }

    public List<Choice> employmentStatuses() {
        return choices(EmploymentStatus.values(), fields.employmentStatus);
    }

    public List<Choice> specialties() {
        List<String> chosen = fields.specialties == null ? List.of() : fields.specialties;
        return Arrays.stream(Specialty.values())
                .map(s -> new Choice(s.name(), s.label(language.locale()), chosen.contains(s.name())))
                .toList();
    }

    /** The months of the page's calendar: Farvardin to Esfand in Persian, January to December in English. */
    public List<Choice> months() {
        String[] names = language == Language.FA
                ? new DateFormatSymbols(new PersianCalendar(PERSIAN), PERSIAN)
                        .getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE)
                : Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                        .toArray(String[]::new);
        String typed = PersianText.normalizeNumeric(fields.birthMonth);
        String entered = typed == null ? "" : typed.replaceFirst("^0+(?=[0-9])", "");
        return IntStream.rangeClosed(1, 12)
                .mapToObj(m -> new Choice(Integer.toString(m), names[m - 1], Integer.toString(m).equals(entered)))
                .toList();
    }

    private <E extends Enum<E> & Labelled> List<Choice> choices(E[] values, String selected) {
        return Arrays.stream(values)
                .map(value -> new Choice(value.name(), value.label(language.locale()), value.name().equals(selected)))
                .toList();
    }
}
