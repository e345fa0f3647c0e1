package ir.guild.registry.membership.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ir.guild.registry.common.FieldError;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.membership.Application;
import ir.guild.registry.membership.ApplicationForm;
import ir.guild.registry.reference.EducationLevel;
import ir.guild.registry.reference.EmploymentStatus;
import ir.guild.registry.reference.Province;
import ir.guild.registry.web.Language;

class ApplicationFieldsTest {

    private static ApplicationFields birthDate(String year, String month, String day) {
        ApplicationFields fields = new ApplicationFields();
        fields.birthYear = year;
        fields.birthMonth = month;
        fields.birthDay = day;
        return fields;
    }

    @Test
    void aNewFormStartsWithTheEmailTheAccountSignedInWith() {
        ApplicationFields fields = ApplicationFields.blank(
                new CurrentPerson("sub", "sara", "Sara", "sara@example.org", Set.of()));
        assertThat(ApplyForm.fresh(fields, Language.FA).field("email").value()).isEqualTo("sara@example.org");
        assertThat(ApplyForm.fresh(fields, Language.FA).field("fullName").value()).isEmpty();
    }

    @Test
    void persianPagesReadTheBirthDateInTheJalaliCalendar() {
        ApplicationForm form = birthDate("۱۳۷۴", "۱۲", "۱۵").toForm(Language.FA);
        assertThat(form.birthDate()).isEqualTo("1996-03-05");
    }

    @Test
    void englishPagesReadTheBirthDateInTheGregorianCalendar() {
        ApplicationForm form = birthDate("1996", "03", "05").toForm(Language.EN);
        assertThat(form.birthDate()).isEqualTo("1996-03-05");
    }

    @ParameterizedTest(name = "{0}/{1}/{2} in {3}")
    @CsvSource(nullValues = "-", value = {
            "1374, 12, 30, FA", // 1374 is not a leap year: Esfand has 29 days
            "1374, 13, 1, FA",
            "74, 1, 1, FA",
            "1374, -, 1, FA",
            "1374, x, 1, FA",
            "1996, 2, 30, EN",
            "96, 2, 3, EN",
            "-, -, 5, EN" })
    void aBirthDateThatIsNotADayIsUnreadableAndLeftOut(String year, String month, String day, Language language) {
        ApplicationFields fields = birthDate(year, month, day);
        assertThat(fields.birthDateUnreadable(language)).isTrue();
        assertThat(fields.toForm(language).birthDate()).isNull();
    }

    @Test
    void aBirthDateNotGivenAtAllIsMissingRatherThanUnreadable() {
        ApplicationFields fields = birthDate("", " ", null);
        assertThat(fields.birthDateUnreadable(Language.FA)).isFalse();
        assertThat(fields.toForm(Language.FA).birthDate()).isNull();
    }

    @Test
    void checkboxesAreConsentsOnlyWhenTicked() {
        ApplicationFields fields = new ApplicationFields();
        fields.consentTerms = "true";
        fields.consentPrivacy = "on";
        ApplicationForm.Consents consents = fields.toForm(Language.FA).consents();
        assertThat(consents.terms()).isTrue();
        assertThat(consents.privacy()).isTrue();
        assertThat(consents.directory()).isFalse();
        assertThat(fields.toForm(Language.FA).specialties()).isEmpty();
    }

    @Test
    void anErrorOnOneItemOfAListBelongsToTheList() {
        FormErrors errors = FormErrors.of(List.of(new FieldError("specialties[1]", "not listed"),
                new FieldError("specialties[2]", "not listed either"), new FieldError("city", "required")));
        assertThat(errors.has("specialties")).isTrue();
        assertThat(errors.of("specialties")).isEqualTo("not listed");
        assertThat(errors.has("specialties[1]")).isFalse();
        assertThat(errors.with("city", "other").of("city")).isEqualTo("other");
        assertThat(FormErrors.none().isEmpty()).isTrue();
    }

    @Test
    void theMonthsAreThoseOfThePagesCalendar() {
        ApplicationFields fields = birthDate("1374", "۰۳", "1");
        List<Choice> persian = ApplyForm.fresh(fields, Language.FA).months();
        assertThat(persian).extracting(Choice::label).startsWith("فروردین").endsWith("اسفند").hasSize(12);
        assertThat(persian).filteredOn(Choice::selected).extracting(Choice::code).containsExactly("3");
        assertThat(ApplyForm.fresh(fields, Language.EN).months()).extracting(Choice::label)
                .startsWith("January").endsWith("December");
    }

    @Test
    void aPrefilledFormShowsTheStoredBirthDateInThePagesCalendar() {
        Application application = new Application();
        application.fullName = "سارا";
        application.fullNameLatin = "Sara";
        application.nationalId = "0499370899";
        application.birthDate = LocalDate.of(1995, 3, 4);
        application.email = "sara@example.org";
        application.mobile = "09121234567";
        application.province = Province.TEHRAN;
        application.city = "تهران";
        application.educationLevel = EducationLevel.BACHELOR;
        application.yearsOfExperience = 6;
        application.employmentStatus = EmploymentStatus.FREELANCE;
        application.consentTerms = true;
        application.consentPrivacy = true;

        ApplicationFields persian = ApplicationFields.of(application, Language.FA);
        assertThat(List.of(persian.birthYear, persian.birthMonth, persian.birthDay))
                .containsExactly("1373", "12", "13");
        assertThat(persian.toForm(Language.FA).birthDate()).isEqualTo("1995-03-04");
        ApplicationFields english = ApplicationFields.of(application, Language.EN);
        assertThat(List.of(english.birthYear, english.birthMonth, english.birthDay)).containsExactly("1995", "3", "4");
        assertThat(persian.toForm(Language.FA).consents().directory()).isFalse();
    }
}
