package ir.guild.registry.web;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;

/**
 * What every page needs to know about the request it renders: the language and
 * direction, the current path (to come back to after switching language) and who is
 * signed in. Templates reach it as {@code inject:ui}.
 */
@Named("ui")
@RequestScoped
public class Ui {

    private final Language language;
    private final String path;
    private final RoutingContext rc;
    private final SecurityIdentity identity;
    private CurrentPerson person;

    Ui(CurrentVertxRequest request, SecurityIdentity identity) {
        this.rc = request.getCurrent();
        this.language = rc == null ? Language.DEFAULT : languageOf(rc);
        this.path = rc == null ? "/" : rc.request().uri();
        this.identity = identity;
    }

    /**
     * Authentication is lazy and may block, which the event loop must not do: pages
     * rendered there (error pages for unknown paths) only see an identity that is
     * already established.
     */
    private Optional<SecurityIdentity> identity() {
        if (Context.isOnEventLoopThread()) {
            return rc != null && rc.user() instanceof QuarkusHttpUser user
                    ? Optional.of(user.getSecurityIdentity())
                    : Optional.empty();
        }
        return Optional.of(identity);
    }

    public static Language languageOf(RoutingContext rc) {
        Cookie cookie = rc.request().getCookie(Language.COOKIE);
        return Optional.ofNullable(cookie).flatMap(c -> Language.fromCode(c.getValue())).orElse(Language.DEFAULT);
    }

    public Language language() {
        return language;
    }

    public String lang() {
        return language.code();
    }

    public String dir() {
        return language.direction();
    }

    public boolean rtl() {
        return language.rtl();
    }

    public Language otherLanguage() {
        return language.other();
    }

    public String path() {
        return path;
    }

    public boolean signedIn() {
        return identity().map(current -> !current.isAnonymous()).orElse(false);
    }

    /** Whether to show the guild staff's links. */
    public boolean admin() {
        return signedIn() && person().has(Role.ADMIN);
    }

    /** Whether to show the assessors' queue. */
    public boolean assessor() {
        return signedIn() && person().has(Role.ASSESSOR);
    }

    /** Whether to show the counsel's desk: counsel handle cases there, admins oversee it. */
    public boolean counsel() {
        return signedIn() && (person().has(Role.COUNSEL) || person().has(Role.ADMIN));
    }

    /** Today in Iran, whatever the server's time zone. */
    public LocalDate today() {
        return LocalDate.now(GuildClock.ZONE);
    }

    public CurrentPerson person() {
        if (person == null && signedIn()) {
            person = CurrentPerson.of(identity().orElseThrow());
        }
        return person;
    }
}
