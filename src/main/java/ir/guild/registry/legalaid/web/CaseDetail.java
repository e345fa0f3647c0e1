package ir.guild.registry.legalaid.web;

import java.util.List;

import ir.guild.registry.legalaid.CaseStatus;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.web.CaseViews.DocumentRow;
import ir.guild.registry.legalaid.web.CaseViews.TimelineLine;
import ir.guild.registry.membership.web.FormErrors;
import ir.guild.registry.membership.web.FormField;
import ir.guild.registry.web.FormUploads.FileProblem;

/**
 * One of the member's own cases as they see it: never an internal note, only the timeline shared
 * with them; with the forms to write to the desk, add documents and withdraw while it is open.
 *
 * @param notice {@code filed}, {@code replied}, {@code documents} or {@code withdrawn} after that
 *        went through, else null
 * @param stale what the member acted on had changed meanwhile (or closed); the case is shown as it is now
 * @param reply the message as typed, shown again when refused
 * @param fileErrors what was wrong with the documents sent, each naming its file
 */
public record CaseDetail(LegalAidCase legalCase, String category, String tone, String amountShown,
        List<TimelineLine> timeline, List<DocumentRow> documents, String notice, boolean stale, String reply,
        FormErrors errors, List<FileProblem> fileErrors, String maxFilesShown, String maxSizeShown) {

    public String href() {
        return CaseViews.path(legalCase.id);
    }

    public boolean open() {
        return legalCase.status.isOpen();
    }

    public boolean mayWithdraw() {
        return legalCase.status.canMoveTo(CaseStatus.WITHDRAWN);
    }

    public boolean declined() {
        return legalCase.status == CaseStatus.DECLINED && legalCase.declineReason != null;
    }

    public FormField replyField() {
        return new FormField("message", "body", reply, errors.of("body"));
    }

    public FormField confirmField() {
        return new FormField("confirm", "confirm", "yes", errors.of("confirm"));
    }

    public boolean filesInvalid() {
        return !fileErrors.isEmpty();
    }
}
