package ir.guild.registry.membership.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jboss.resteasy.reactive.RestForm;

import ir.guild.registry.common.PersianText;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.membership.Application;
import ir.guild.registry.membership.ApplicationForm;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

/**
 * The application form as a browser posts it: every field as typed, so a refused form can
 * be shown again unchanged. Field names are those of the JSON API, except the birth date,
 * which people enter as year, month and day in their page's calendar: Jalali on Persian
 * pages, Gregorian on English ones.
 */
public class ApplicationFields {

    /** Earlier years are typing mistakes (two-digit years), not applicants over a hundred. */
    static final int FIRST_JALALI_YEAR = 1300;
    static final int FIRST_GREGORIAN_YEAR = 1921;

    static final String CHECKED = "true";

    @RestForm
    public String fullName;
    @RestForm
    public String fullNameLatin;
    @RestForm
    public String nationalId;
    @RestForm
    public String birthYear;
    @RestForm
    public String birthMonth;
    @RestForm
    public String birthDay;
    @RestForm
    public String email;
    @RestForm
    public String mobile;
    @RestForm
    public String province;
    @RestForm
    public String city;
    @RestForm
    public String educationLevel;
    @RestForm
    public String fieldOfStudy;
    @RestForm
    public String yearsOfExperience;
    @RestForm
    public List<String> specialties = new ArrayList<>();
    @RestForm
    public String employmentStatus;
    @RestForm
    public String employer;
    @RestForm
    public String portfolioUrl;
    @RestForm
    public String motivation;
    @RestForm("consents.terms")
    public String consentTerms;
    @RestForm("consents.privacy")
    public String consentPrivacy;
    @RestForm("consents.directory")
    public String consentDirectory;

    /** An empty form for a new application, with the email address the person signed in with. */
    public static ApplicationFields blank(CurrentPerson person) {
        ApplicationFields fields = new ApplicationFields();
        fields.email = person.email();
        return fields;
    }

    /** The form filled in with an application as stored, its birth date in the page's calendar. */
    public static ApplicationFields of(Application application, Language language) {
        ApplicationFields fields = new ApplicationFields();
        fields.fullName = application.fullName;
        fields.fullNameLatin = application.fullNameLatin;
        fields.nationalId = application.nationalId;
        if (language == Language.FA) {
            JalaliDates.JalaliDay day = JalaliDates.toJalali(application.birthDate);
            fields.birthYear = Integer.toString(day.year());
            fields.birthMonth = Integer.toString(day.month());
            fields.birthDay = Integer.toString(day.day());
        } else {
            fields.birthYear = Integer.toString(application.birthDate.getYear());
            fields.birthMonth = Integer.toString(application.birthDate.getMonthValue());
            fields.birthDay = Integer.toString(application.birthDate.getDayOfMonth());
        }
        fields.email = application.email;
        fields.mobile = application.mobile;
        fields.province = application.province.name();
        fields.city = application.city;
        fields.educationLevel = application.educationLevel.name();
        fields.fieldOfStudy = application.fieldOfStudy;
        fields.yearsOfExperience = Integer.toString(application.yearsOfExperience);
        fields.specialties = application.specialties.stream().map(Enum::name).sorted().toList();
        fields.employmentStatus = application.employmentStatus.name();
        fields.employer = application.employer;
        fields.portfolioUrl = application.portfolioUrl;
        fields.motivation = application.motivation;
        fields.consentTerms = application.consentTerms ? CHECKED : null;
        fields.consentPrivacy = application.consentPrivacy ? CHECKED : null;
        fields.consentDirectory = application.consentDirectory ? CHECKED : null;
        return fields;
    }

    /**
     * The form as the membership service takes it. A birth date that cannot be read is left
     * out, so the service refuses the form; {@link #birthDateUnreadable} tells the page why.
     */
    public ApplicationForm toForm(Language language) {
        String birthDate;
        try {
            birthDate = birthDate(language).map(LocalDate::toString).orElse(null);
        } catch (DateTimeException e) {
            birthDate = null;
        }
        return new ApplicationForm(fullName, fullNameLatin, nationalId, birthDate, email, mobile, province, city,
                educationLevel, fieldOfStudy, yearsOfExperience, specialties == null ? List.of() : specialties,
                employmentStatus, employer, portfolioUrl, motivation,
                new ApplicationForm.Consents(checked(consentTerms), checked(consentPrivacy),
                        checked(consentDirectory)));
    }

    /** Some part of the birth date was given, but together they are not a day of the page's calendar. */
    public boolean birthDateUnreadable(Language language) {
        try {
            birthDate(language);
            return false;
        } catch (DateTimeException e) {
            return true;
        }
    }

    /**
     * The birth date read in the page's calendar; empty when no part of it was given.
     *
     * @throws DateTimeException when a part is missing or not a number, or there is no such day
     */
    Optional<LocalDate> birthDate(Language language) {
        String year = PersianText.normalizeNumeric(birthYear);
        String month = PersianText.normalizeNumeric(birthMonth);
        String day = PersianText.normalizeNumeric(birthDay);
        if (isEmpty(year) && isEmpty(month) && isEmpty(day)) {
            return Optional.empty();
        }
        int y = number(year);
        int m = number(month);
        int d = number(day);
        if (language == Language.FA) {
            if (y < FIRST_JALALI_YEAR) {
                throw new DateTimeException("implausible Jalali year " + y);
            }
            return Optional.of(JalaliDates.fromJalali(y, m, d));
        }
        if (y < FIRST_GREGORIAN_YEAR) {
            throw new DateTimeException("implausible year " + y);
        }
        return Optional.of(LocalDate.of(y, m, d));
    }

    /** What the form shows in the field named as in the JSON API. */
    String value(String field) {
        return switch (field) {
            case "fullName" -> fullName;
            case "fullNameLatin" -> fullNameLatin;
            case "nationalId" -> nationalId;
            case "birthYear" -> birthYear;
            case "birthMonth" -> birthMonth;
            case "birthDay" -> birthDay;
            case "email" -> email;
            case "mobile" -> mobile;
            case "province" -> province;
            case "city" -> city;
            case "educationLevel" -> educationLevel;
            case "fieldOfStudy" -> fieldOfStudy;
            case "yearsOfExperience" -> yearsOfExperience;
            case "employmentStatus" -> employmentStatus;
            case "employer" -> employer;
            case "portfolioUrl" -> portfolioUrl;
            case "motivation" -> motivation;
            case "consents.terms" -> checked(consentTerms) ? CHECKED : null;
            case "consents.privacy" -> checked(consentPrivacy) ? CHECKED : null;
            case "consents.directory" -> checked(consentDirectory) ? CHECKED : null;
            default -> throw new IllegalArgumentException("No field " + field);
        };
    }

    static boolean checked(String box) {
        return box != null && (CHECKED.equalsIgnoreCase(box.trim()) || "on".equalsIgnoreCase(box.trim()));
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }

    private static int number(String value) {
        if (isEmpty(value) || value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new DateTimeException("not a number: " + value);
        }
        return Integer.parseInt(value);
    }
}
