package ir.guild.registry.legalaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;

import ir.guild.registry.legalaid.OverdueAlerts.Recipient;
import ir.guild.registry.web.Language;

/** Whom an overdue alert goes to, from the admins Keycloak lists and the configured addresses. */
class OverdueAlertRecipientsTest {

    private static UserRepresentation admin(String email, Boolean enabled, String locale) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email == null ? "no-mail" : email);
        user.setEmail(email);
        user.setEnabled(enabled);
        if (locale != null) {
            user.setAttributes(Map.of("locale", List.of(locale)));
        }
        return user;
    }

    @Test
    void enabledAdminsWithAnEmailAreToldInTheirLanguageAndEachAddressOnce() {
        List<Recipient> recipients = OverdueAlerts.recipients(List.of(
                admin("maryam@guild.ir", true, null),
                admin("john@guild.ir", true, "en"),
                admin("left@guild.ir", false, null),
                admin(null, true, "en"),
                admin("  ", true, null),
                admin("Desk@Guild.ir", true, "en")),
                List.of("desk@guild.ir", " legal@guild.ir ", ""));

        assertThat(recipients).containsExactly(
                new Recipient("maryam@guild.ir", Language.FA),
                new Recipient("john@guild.ir", Language.EN),
                new Recipient("Desk@Guild.ir", Language.EN),
                new Recipient("legal@guild.ir", Language.FA));
    }

    @Test
    void withNoAdminsAndNoAddressesNobodyIsTold() {
        assertThat(OverdueAlerts.recipients(List.of(), List.of())).isEmpty();
    }

    @Test
    void anAdminWhoseLanguageIsUnknownIsToldInPersian() {
        assertThat(OverdueAlerts.recipients(List.of(admin("a@guild.ir", null, "de")), List.of()))
                .containsExactly(new Recipient("a@guild.ir", Language.FA));
    }
}
