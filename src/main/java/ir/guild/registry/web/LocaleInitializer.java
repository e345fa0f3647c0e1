package ir.guild.registry.web;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;

/**
 * Renders every page in the language of its request, so message bundles and date
 * extensions pick the right one. Templates rendered outside a request (emails) set
 * their locale themselves.
 */
@Singleton
public class LocaleInitializer implements TemplateInstance.Initializer {

    void register(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        if (Arc.container().requestContext().isActive()) {
            Ui ui = Arc.container().instance(Ui.class).get();
            instance.setLocale(ui.language().locale());
        }
    }
}
