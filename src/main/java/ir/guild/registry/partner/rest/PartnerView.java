package ir.guild.registry.partner.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.partner.PartnerFirm;
import ir.guild.registry.partner.PartnerStatus;

/** A partner firm as admins see it; never its secret, which the guild does not keep. */
@Schema(name = "Partner")
public record PartnerView(long id, String name, String nationalCompanyId, String contactEmail,
        @Schema(description = "The firm's Keycloak client, for client-credentials tokens") String clientId,
        PartnerStatus status, Instant createdAt, Instant updatedAt, int version) {

    public static PartnerView of(PartnerFirm firm) {
        return new PartnerView(firm.id, firm.name, firm.nationalCompanyId, firm.contactEmail, firm.clientId,
                firm.status, firm.createdAt, firm.updatedAt, firm.version);
    }
}
