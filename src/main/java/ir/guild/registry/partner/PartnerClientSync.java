package ir.guild.registry.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ir.guild.registry.outbox.Outbox;
import ir.guild.registry.outbox.OutboxHandler;

/**
 * Makes a firm's Keycloak client follow its status in the registry: enabled while the firm is
 * active, disabled while it is suspended. The change goes through the outbox, so Keycloak being
 * down never blocks a suspension (the registry refuses a suspended firm's calls at once anyway).
 * Delivery reads the firm's status when it runs, so retries and out-of-order deliveries still
 * leave Keycloak as the registry is now.
 */
@ApplicationScoped
public class PartnerClientSync implements OutboxHandler<PartnerClientSync.Change> {

    public static final String KIND = "keycloak.partner-client";

    /** The firm whose client is to follow its status. */
    public record Change(long firmId) {
    }

    private final Outbox outbox;
    private final PartnerClients clients;

    PartnerClientSync(Outbox outbox, PartnerClients clients) {
        this.outbox = outbox;
        this.clients = clients;
    }

    /** Queues the change in the caller's transaction. */
    public void queue(PartnerFirm firm) {
        outbox.enqueue(KIND, new Change(firm.id));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Change> payloadType() {
        return Change.class;
    }

    @Override
    @Transactional
    public void deliver(Change change, long messageId) {
        PartnerFirm firm = PartnerFirm.findById(change.firmId());
        if (firm != null) {
            clients.enable(firm.clientId, firm.status == PartnerStatus.ACTIVE);
        }
    }
}
