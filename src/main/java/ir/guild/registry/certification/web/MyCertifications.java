package ir.guild.registry.certification.web;

import java.util.List;

import ir.guild.registry.certification.web.CertificationViews.CertificateRow;
import ir.guild.registry.certification.web.CertificationViews.RequestRow;

/**
 * A member's certification page: their requests and certificates, and whether they may ask
 * for another.
 *
 * @param blocked why the person cannot request now ({@code NOT_MEMBER}, {@code SUSPENDED},
 *        {@code EXPIRED}, {@code REVOKED}), or null when they may
 */
public record MyCertifications(String blocked, List<RequestRow> requests, List<CertificateRow> certificates) {

    public boolean mayRequest() {
        return blocked == null;
    }

    public boolean notMember() {
        return "NOT_MEMBER".equals(blocked);
    }
}
