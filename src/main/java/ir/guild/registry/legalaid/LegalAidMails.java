package ir.guild.registry.legalaid;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The emails of the legal-aid desk to the member who filed a case: every status change and
 * every message addressed to them, queued in the caller's transaction. A subject line never
 * carries the case's content.
 */
@ApplicationScoped
public class LegalAidMails {

    /** The case moved from {@code from}; {@code message} is what staff wrote to the member with the move, if anything. */
    void statusChanged(LegalAidCase legalCase, CaseStatus from, String message) {
    }

    /** Staff wrote {@code message} to the member. */
    void messaged(LegalAidCase legalCase, CaseEntry message) {
    }
}
