package ir.guild.registry.membership;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.IranianMobile;
import ir.guild.registry.common.Invalid;
import ir.guild.registry.common.NationalId;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.reference.EducationLevel;
import ir.guild.registry.reference.EmploymentStatus;
import ir.guild.registry.reference.Province;
import ir.guild.registry.reference.Specialty;
import ir.guild.registry.web.Language;

/** Normalises an application form and checks every field, refusing it with all the errors at once. */
final class ApplicationChecks {

    static final int MINIMUM_AGE = 15;

    private ApplicationChecks() {
    }

    /** Copies the checked form onto the application, or throws a validation problem and copies nothing. */
    static void apply(ApplicationForm form, Application target, LocalDate today, Language language) {
        FieldChecks checks = new FieldChecks(language);
        if (form == null) {
            checks.reject("body", Invalid.REQUIRED);
            checks.throwIfInvalid();
        }
        String fullName = checks.text("fullName", form.fullName(), true, 100);
        String fullNameLatin = checks.text("fullNameLatin", form.fullNameLatin(), true, 100);
        NationalId nationalId = checks.parsed("nationalId", form.nationalId(), NationalId::parse, Invalid.NATIONAL_ID);
        LocalDate birthDate = birthDate(checks, form.birthDate(), today);
        String email = checks.email("email", form.email(), true);
        IranianMobile mobile = checks.parsed("mobile", form.mobile(), IranianMobile::parse, Invalid.MOBILE);
        Province province = checks.code("province", form.province(), Province.class, true);
        String city = checks.text("city", form.city(), true, 60);
        EducationLevel education = checks.code("educationLevel", form.educationLevel(), EducationLevel.class, true);
        String fieldOfStudy = checks.text("fieldOfStudy", form.fieldOfStudy(), false, 100);
        Integer years = checks.number("yearsOfExperience", form.yearsOfExperience(), 0, 70, true);
        Set<Specialty> specialties = specialties(checks, form.specialties());
        EmploymentStatus employment = checks.code("employmentStatus", form.employmentStatus(),
                EmploymentStatus.class, true);
        String employer = checks.text("employer", form.employer(), false, 150);
        String portfolio = checks.url("portfolioUrl", form.portfolioUrl(), 300);
        String motivation = checks.text("motivation", form.motivation(), false, 2000);
        ApplicationForm.Consents consents = form.consents() == null
                ? new ApplicationForm.Consents(null, null, null)
                : form.consents();
        if (!Boolean.TRUE.equals(consents.terms())) {
            checks.reject("consents.terms", Invalid.CONSENT_REQUIRED);
        }
        if (!Boolean.TRUE.equals(consents.privacy())) {
            checks.reject("consents.privacy", Invalid.CONSENT_REQUIRED);
        }
        checks.throwIfInvalid();

        target.fullName = fullName;
        target.fullNameLatin = fullNameLatin;
        target.nationalId = nationalId.value();
        target.birthDate = birthDate;
        target.email = email;
        target.mobile = mobile.value();
        target.province = province;
        target.city = city;
        target.educationLevel = education;
        target.fieldOfStudy = fieldOfStudy;
        target.yearsOfExperience = years;
        target.specialties.clear();
        target.specialties.addAll(specialties);
        target.employmentStatus = employment;
        target.employer = employer;
        target.portfolioUrl = portfolio;
        target.motivation = motivation;
        target.consentTerms = true;
        target.consentPrivacy = true;
        target.consentDirectory = Boolean.TRUE.equals(consents.directory());
    }

    private static LocalDate birthDate(FieldChecks checks, String raw, LocalDate today) {
        String value = PersianText.digitsToAscii(PersianText.normalize(raw));
        if (value == null || value.isEmpty()) {
            checks.reject("birthDate", Invalid.REQUIRED);
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            checks.reject("birthDate", Invalid.DATE);
            return null;
        }
        if (date.isAfter(today)) {
            checks.reject("birthDate", Invalid.DATE_IN_FUTURE);
        } else if (Period.between(date, today).getYears() < MINIMUM_AGE) {
            checks.reject("birthDate", Invalid.TOO_YOUNG, MINIMUM_AGE);
        }
        return date;
    }

    private static Set<Specialty> specialties(FieldChecks checks, List<String> raw) {
        Set<Specialty> specialties = EnumSet.noneOf(Specialty.class);
        if (raw == null || raw.isEmpty()) {
            checks.reject("specialties", Invalid.AT_LEAST_ONE);
            return specialties;
        }
        for (int i = 0; i < raw.size(); i++) {
            Specialty specialty = checks.code("specialties[" + i + "]", raw.get(i), Specialty.class, true);
            if (specialty != null) {
                specialties.add(specialty);
            }
        }
        return specialties;
    }
}
