package ir.guild.registry.identity;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;

import ir.guild.registry.web.Ui;

/** Keycloak's login page speaks the language the person chose on our pages (Persian unless they chose English). */
@ApplicationScoped
@Unremovable
public class LoginLanguage implements OidcRedirectFilter {

    static final String AUTHORIZATION_ENDPOINT = "/protocol/openid-connect/auth";

    @Override
    public void filter(OidcRedirectContext context) {
        if (context.redirectUri().contains(AUTHORIZATION_ENDPOINT)) {
            context.additionalQueryParams().add("ui_locales", Ui.languageOf(context.routingContext()).code());
        }
    }
}
