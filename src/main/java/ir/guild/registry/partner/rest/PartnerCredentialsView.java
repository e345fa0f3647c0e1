package ir.guild.registry.partner.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.partner.PartnerService;

/** The answer to a registration or a secret rotation: the only time the secret is shown. */
@Schema(name = "PartnerCredentials")
public record PartnerCredentialsView(PartnerView partner, String clientId,
        @Schema(description = "The client's secret; shown this once and never stored by the guild") String clientSecret) {

    public static PartnerCredentialsView of(PartnerService.WithSecret registered) {
        return new PartnerCredentialsView(PartnerView.of(registered.firm()), registered.firm().clientId,
                registered.clientSecret());
    }

    @Override
    public String toString() {
        return "PartnerCredentialsView[clientId=" + clientId + ", clientSecret=***]";
    }
}
