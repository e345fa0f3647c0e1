package ir.guild.registry.legalaid.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import ir.guild.registry.legalaid.CaseEntry;
import ir.guild.registry.legalaid.CaseStatus;
import ir.guild.registry.legalaid.ConflictWarning;
import ir.guild.registry.legalaid.EntryKind;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.LegalAidDocument;
import ir.guild.registry.membership.web.Choice;
import ir.guild.registry.membership.web.FormErrors;
import ir.guild.registry.membership.web.FormField;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.LocalDigits;

/**
 * A case as counsel and admins handle it: all of it, internal notes included, and the forms
 * the caller may use on it now, with what they entered in the form they sent and its errors
 * when it was refused.
 *
 * @param warnings what the caller is warned about before taking the case (only while they may)
 * @param moves the statuses the case may be moved to by a status change
 * @param declaresWithMove the caller is the assigned counsel and has yet to declare no conflict
 * @param counsel whom an admin may assign the case to; empty for everyone else
 * @param notice what the caller's last action did, after it was redirected here
 * @param stale the caller acted on a version that had changed, or on a move no longer allowed
 * @param sent the form that was refused, with what was entered in it; null otherwise
 */
public record CounselCase(LegalAidCase legalCase, CaseRow row, List<EntryRow> timeline, List<DocumentRow> documents,
        List<ConflictWarning> warnings, boolean mayClaim, List<CaseStatus> moves, boolean declaresWithMove,
        boolean mayAssign, List<Choice> counsel, String notice, boolean stale, Sent sent, FormErrors errors,
        Language language) {

    /** The forms of the page. */
    public enum Form {
        CLAIM, MOVE, MESSAGE, NOTE, ASSIGN
    }

    /** A form that was refused and what was entered in it, by field name. */
    public record Sent(Form form, Map<String, String> values) {
    }

    /** A line of the timeline; internal notes are marked as such wherever they are shown. */
    public record EntryRow(long id, EntryKind kind, String authorName, String authorRole, String body,
            CaseStatus fromStatus, CaseStatus toStatus, Instant createdAt) {

        static EntryRow of(CaseEntry entry) {
            return new EntryRow(entry.id, entry.kind, entry.authorName, entry.authorRole, entry.body,
                    entry.fromStatus, entry.toStatus, entry.createdAt);
        }

        public boolean internal() {
            return kind == EntryKind.INTERNAL_NOTE;
        }

        /** A message the member reads too. */
        public boolean shared() {
            return kind == EntryKind.MESSAGE;
        }
    }

    /** A document of the case as a link to download it. */
    public record DocumentRow(long id, String name, String mediaType, String sizeShown, Instant uploadedAt,
            String href) {

        static DocumentRow of(LegalAidDocument document, Language language) {
            return new DocumentRow(document.id, document.fileName, document.mediaType,
                    LocalDigits.of(Math.max(1, (document.sizeBytes + 1023) / 1024), language), document.uploadedAt,
                    CounselPage.casePath(document.caseId) + "/documents/" + document.id);
        }
    }

    /** The fields each form shows, so an error on any other field is said above the forms. */
    private static final Map<Form, Set<String>> FIELDS = Map.of(
            Form.CLAIM, Set.of("noConflict", "warningsAcknowledged"),
            Form.MOVE, Set.of("status", "message", "reason", "noConflict"),
            Form.MESSAGE, Set.of("body"),
            Form.NOTE, Set.of("body"),
            Form.ASSIGN, Set.of("counselSubject"));

    public String href() {
        return CounselPage.casePath(legalCase.id);
    }

    public String action(String form) {
        return href() + "/" + form;
    }

    public String amountShown() {
        return legalCase.amountInDispute == null ? null : LocalDigits.grouped(legalCase.amountInDispute.longValueExact(), language);
    }

    public boolean mayMove() {
        return !moves.isEmpty();
    }

    public boolean mayMessage() {
        return legalCase.status.isOpen();
    }

    /** A status the case may be moved to, and whether it is the one chosen in the form sent. */
    public record Move(CaseStatus status, boolean selected) {
    }

    public List<Move> moveChoices() {
        String chosen = value(Form.MOVE, "status");
        return moves.stream().map(status -> new Move(status, status.name().equals(chosen))).toList();
    }

    public List<Choice> counselChoices() {
        String chosen = sent != null && sent.form() == Form.ASSIGN ? value(Form.ASSIGN, "counselSubject")
                : legalCase.assignedCounselSubject;
        return counsel.stream().map(choice -> new Choice(choice.code(), choice.label(), choice.code().equals(chosen)))
                .toList();
    }

    public FormField claimNoConflict() {
        return field(Form.CLAIM, "claim-no-conflict", "noConflict");
    }

    public FormField claimWarnings() {
        return field(Form.CLAIM, "claim-warnings", "warningsAcknowledged");
    }

    public FormField moveStatus() {
        return field(Form.MOVE, "move-status", "status");
    }

    public FormField moveMessage() {
        return field(Form.MOVE, "move-message", "message");
    }

    public FormField moveReason() {
        return field(Form.MOVE, "move-reason", "reason");
    }

    public FormField moveNoConflict() {
        return field(Form.MOVE, "move-no-conflict", "noConflict");
    }

    public FormField messageBody() {
        return field(Form.MESSAGE, "message-body", "body");
    }

    public FormField noteBody() {
        return field(Form.NOTE, "note-body", "body");
    }

    public FormField assignCounsel() {
        return field(Form.ASSIGN, "assign-counsel", "counselSubject");
    }

    /** Errors of the sent form that none of its fields shows, such as a missing version. */
    public List<String> formErrors() {
        if (sent == null) {
            return List.of();
        }
        Set<String> shown = FIELDS.get(sent.form());
        return Stream.of("version", "noConflict", "warningsAcknowledged", "status", "body", "counselSubject",
                "message", "reason").filter(errors::has).filter(name -> !shown.contains(name) || !showsField(name))
                .map(errors::of).toList();
    }

    /** The entered value and error go to the form that was sent, and only to it. */
    private FormField field(Form form, String id, String name) {
        boolean isSent = sent != null && sent.form() == form;
        return new FormField(id, name, isSent ? sent.values().get(name) : null, isSent ? errors.of(name) : null);
    }

    private String value(Form form, String name) {
        return sent != null && sent.form() == form ? sent.values().get(name) : null;
    }

    /** Whether the page draws {@code name} in the sent form: the checkboxes only where they apply. */
    private boolean showsField(String name) {
        return switch (sent.form()) {
            case CLAIM -> mayClaim && (!name.equals("warningsAcknowledged") || !warnings.isEmpty());
            case MOVE -> mayMove() && (!name.equals("noConflict") || declaresWithMove);
            case MESSAGE -> mayMessage();
            case NOTE -> true;
            case ASSIGN -> mayAssign;
        };
    }
}
