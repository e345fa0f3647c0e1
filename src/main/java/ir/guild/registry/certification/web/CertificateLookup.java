package ir.guild.registry.certification.web;

import java.util.List;

import ir.guild.registry.certification.web.CertificationViews.CertificateRow;
import ir.guild.registry.membership.web.FormField;

/**
 * The admins' certificate search as the page draws it: what was typed, the certificates found
 * (one by its code, or every one of a membership number), and a revoke form for each that is
 * not revoked yet.
 *
 * @param problem {@code invalid} when what was typed is neither a code nor a membership number, else null
 * @param sentId the certificate whose revoke form was sent and refused, else null
 * @param notice {@code revoked} after a revocation went through, else null
 * @param stale the certificate had changed after the page was shown; nothing was revoked
 */
public record CertificateLookup(String query, boolean searched, String problem, List<CertificateRow> found,
        Long sentId, String sentReason, String reasonError, String notice, boolean stale) {

    static final String PATH = "/admin/certificates";

    public String queryValue() {
        return query == null ? "" : query;
    }

    public boolean nothingFound() {
        return searched && problem == null && found.isEmpty();
    }

    public String revokeAction(CertificateRow row) {
        return PATH + "/" + row.id() + "/revoke";
    }

    /** The reason field of one certificate's revoke form, with what was typed and its error if that form was sent. */
    public FormField reason(CertificateRow row) {
        boolean sent = sentId != null && sentId == row.id();
        return new FormField("revoke-reason-" + row.id(), "reason", sent ? sentReason : null,
                sent ? reasonError : null);
    }
}
