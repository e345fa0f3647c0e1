package ir.guild.registry.legalaid.web;

import java.util.List;

import ir.guild.registry.legalaid.CaseForm;
import ir.guild.registry.legalaid.CounterpartyType;
import ir.guild.registry.legalaid.PreferredContact;
import ir.guild.registry.legalaid.Urgency;
import ir.guild.registry.membership.web.Choice;
import ir.guild.registry.membership.web.FormErrors;
import ir.guild.registry.membership.web.FormField;
import ir.guild.registry.web.FormUploads.FileProblem;

/**
 * The form a member fills in to ask for legal aid, as the page draws it: the values to show
 * (blank, or as typed when refused), an error by each field, and, for someone who cannot file a
 * case now, why not instead of the form. Fields are named as in the JSON API.
 *
 * @param blocked {@code NOT_MEMBER}, {@code SUSPENDED}, {@code EXPIRED} or {@code REVOKED} when
 *        the membership does not allow a case today, else null
 * @param typed what was sent, shown again when refused; blank fields for a new form
 * @param categories the legal-aid categories of the reference data, the typed one chosen
 * @param fileErrors what was wrong with the documents sent, each naming its file
 * @param maxFilesShown how many documents a case may hold, in the page's digits
 * @param maxSizeShown how large each document may be, in megabytes and the page's digits
 */
public record NewCase(String blocked, CaseForm typed, List<Choice> categories, FormErrors errors,
        List<FileProblem> fileErrors, String maxFilesShown, String maxSizeShown) {

    public static final String PATH = CaseViews.MINE + "/new";

    /** The form as a member first sees it: urgency normal and contact by email chosen for them. */
    static CaseForm blank() {
        return new CaseForm(null, null, null, null, null, null, Urgency.NORMAL.name(), PreferredContact.EMAIL.name());
    }

    public boolean mayFile() {
        return blocked == null;
    }

    public boolean invalid() {
        return !errors.isEmpty() || !fileErrors.isEmpty();
    }

    public FormField categoryField() {
        return field("category", typed.category());
    }

    public FormField subjectField() {
        return field("subject", typed.subject());
    }

    public FormField descriptionField() {
        return field("description", typed.description());
    }

    public FormField counterpartyNameField() {
        return field("counterpartyName", typed.counterpartyName());
    }

    public FormField counterpartyTypeField() {
        return field("counterpartyType", typed.counterpartyType());
    }

    public FormField amountField() {
        return field("amountInDispute", typed.amountInDispute());
    }

    public FormField urgencyField() {
        return field("urgency", typed.urgency());
    }

    public FormField contactField() {
        return field("preferredContact", typed.preferredContact());
    }

    public List<CounterpartyType> counterpartyTypes() {
        return List.of(CounterpartyType.values());
    }

    public List<Urgency> urgencies() {
        return List.of(Urgency.values());
    }

    public List<PreferredContact> contacts() {
        return List.of(PreferredContact.values());
    }

    /** Whether {@code value} is the one typed into {@code field}; the form sends codes as given. */
    public boolean chosen(FormField field, Enum<?> value) {
        return value.name().equals(field.value().trim());
    }

    private FormField field(String name, String value) {
        return FormField.of(name, value, errors.of(name));
    }
}
