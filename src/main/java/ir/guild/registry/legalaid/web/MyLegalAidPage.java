package ir.guild.registry.legalaid.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.common.FieldError;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.legalaid.CaseForm;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.LegalAidConfig;
import ir.guild.registry.legalaid.LegalAidService;
import ir.guild.registry.membership.MembershipStandings;
import ir.guild.registry.membership.web.Choice;
import ir.guild.registry.membership.web.FormErrors;
import ir.guild.registry.reference.LegalAidCategory;
import ir.guild.registry.web.FormUploads;
import ir.guild.registry.web.FormUploads.FileProblem;
import ir.guild.registry.web.FormUploads.FilesRefused;
import ir.guild.registry.web.FormUploads.Upload;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.web.PageAnswers;
import ir.guild.registry.web.Ui;

/**
 * The member's own legal-aid pages: their cases, the form to file one (with documents), and
 * each case with its shared timeline and the forms to write to the desk, add documents and
 * withdraw. Every rule is the service's; a case and its documents are written together or not
 * at all. Any case but the member's own, even for counsel and admins (who use {@code /counsel}),
 * is answered as if it did not exist.
 */
@Path(CaseViews.MINE)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MyLegalAidPage {

    static final String CASE_ID = "{id: [0-9]+}";
    private static final List<String> NOTICES = List.of("filed", "replied", "documents", "withdrawn");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cases(MyCases page);

        static native TemplateInstance create(NewCase form);

        static native TemplateInstance detail(CaseDetail detail);
    }

    private final LegalAidService cases;
    private final MembershipStandings standings;
    private final LegalAidConfig config;
    private final SecurityIdentity identity;
    private final Ui ui;

    MyLegalAidPage(LegalAidService cases, MembershipStandings standings, LegalAidConfig config,
            SecurityIdentity identity, Ui ui) {
        this.cases = cases;
        this.standings = standings;
        this.config = config;
        this.identity = identity;
        this.ui = ui;
    }

    @GET
    @Operation(hidden = true)
    public Response list() {
        CurrentPerson person = person();
        Language language = ui.language();
        List<CaseViews.CaseRow> rows = cases.mine(person).stream()
                .map(legalCase -> CaseViews.row(legalCase, cases.timeline(legalCase, person), language)).toList();
        return PageAnswers.page(200, Templates.cases(new MyCases(blocked(person).orElse(null), rows)));
    }

    @GET
    @Path("new")
    @Operation(hidden = true)
    public Response newCase() {
        return PageAnswers.page(200, Templates.create(form(blocked(person()).orElse(null), NewCase.blank(),
                List.of(), List.of())));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response file(@RestForm String category, @RestForm String subject, @RestForm String description,
            @RestForm String counterpartyName, @RestForm String counterpartyType, @RestForm String amountInDispute,
            @RestForm String urgency, @RestForm String preferredContact,
            @RestForm("files") List<FileUpload> files) {
        CurrentPerson person = person();
        Language language = ui.language();
        CaseForm typed = new CaseForm(category, subject, description, counterpartyName, counterpartyType,
                amountInDispute, urgency, preferredContact);
        List<Upload> uploads = FormUploads.read(files);
        try {
            LegalAidCase filed = QuarkusTransaction.joiningExisting().call(() -> {
                LegalAidCase made = cases.file(person, typed, language);
                attachAll(made.id, person, uploads, language);
                return made;
            });
            return done(filed.id, "filed");
        } catch (FilesRefused e) {
            return PageAnswers.page(400, Templates.create(form(null, typed, List.of(), e.problems())));
        } catch (ProblemException e) {
            if (e.type() == ProblemType.VALIDATION) {
                return PageAnswers.page(400, Templates.create(form(null, typed, e.errors(), List.of())));
            }
            if (e.type() != ProblemType.CONFLICT && e.type() != ProblemType.FORBIDDEN) {
                throw e;
            }
            // The membership does not allow a case (any more): say why instead of the form.
            String blocked = blocked(person).orElse("NOT_MEMBER");
            return PageAnswers.page(e.type() == ProblemType.FORBIDDEN ? 403 : 409,
                    Templates.create(form(blocked, NewCase.blank(), List.of(), List.of())));
        }
    }

    @GET
    @Path(CASE_ID)
    @Operation(hidden = true)
    public Response detail(@RestPath long id, @RestQuery String done) {
        String notice = done != null && NOTICES.contains(done) ? done : null;
        return PageAnswers.page(200, Templates.detail(detail(own(id, person()), notice, false, null,
                FormErrors.none(), List.of())));
    }

    @GET
    @Path(CASE_ID + "/documents/{documentId: [0-9]+}")
    @Produces(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response document(@RestPath long id, @RestPath long documentId) {
        CurrentPerson person = person();
        requireOwn(id, person);
        return PageAnswers.download(cases.document(id, documentId, person));
    }

    /** The member writes to the desk. */
    @POST
    @Path(CASE_ID + "/messages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response reply(@RestPath long id, @RestForm String body) {
        CurrentPerson person = person();
        requireOwn(id, person);
        try {
            cases.message(id, person, body, ui.language());
            return done(id, "replied");
        } catch (ProblemException e) {
            return refused(id, person, e, body, List.of());
        }
    }

    /** The member adds documents: all of them, or none when one is refused. */
    @POST
    @Path(CASE_ID + "/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response addDocuments(@RestPath long id, @RestForm("files") List<FileUpload> files) {
        CurrentPerson person = person();
        Language language = ui.language();
        requireOwn(id, person);
        List<Upload> uploads = FormUploads.read(files);
        if (uploads.isEmpty()) {
            return done(id, null);
        }
        try {
            QuarkusTransaction.joiningExisting().run(() -> attachAll(id, person, uploads, language));
            return done(id, "documents");
        } catch (FilesRefused e) {
            return PageAnswers.page(400, Templates.detail(detail(own(id, person), null, false, null,
                    FormErrors.none(), e.problems())));
        } catch (ProblemException e) {
            return refused(id, person, e, null, List.of());
        }
    }

    @POST
    @Path(CASE_ID + "/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response withdraw(@RestPath long id, @RestForm String version, @RestForm String confirm) {
        CurrentPerson person = person();
        requireOwn(id, person);
        if (confirm == null || confirm.isBlank()) {
            return PageAnswers.page(400, Templates.detail(detail(own(id, person), null, false, null,
                    FormErrors.none().with("confirm", texts().confirm_required()), List.of())));
        }
        try {
            cases.withdraw(id, PageAnswers.version(version), person);
            return done(id, "withdrawn");
        } catch (ProblemException e) {
            return refused(id, person, e, null, List.of());
        }
    }

    /** The case's page again after a refused message, document or withdrawal, saying why. */
    private Response refused(long id, CurrentPerson person, ProblemException e, String reply,
            List<FileProblem> fileErrors) {
        if (e.type() == ProblemType.VALIDATION) {
            return PageAnswers.page(400, Templates.detail(detail(own(id, person), null, false, reply,
                    FormErrors.of(e.errors()), fileErrors)));
        }
        if (e.type() != ProblemType.CONFLICT) {
            throw e;
        }
        // A stale version, or a case closed meanwhile: shown as it is now.
        return PageAnswers.page(409, Templates.detail(detail(own(id, person), null, true, null, FormErrors.none(),
                List.of())));
    }

    private CaseDetail detail(LegalAidCase legalCase, String notice, boolean stale, String reply, FormErrors errors,
            List<FileProblem> fileErrors) {
        Language language = ui.language();
        CurrentPerson person = person();
        return new CaseDetail(legalCase, legalCase.category.label(language.locale()),
                CaseViews.tone(legalCase.status), CaseViews.amount(legalCase, language),
                CaseViews.timeline(cases.timeline(legalCase, person)),
                CaseViews.documents(legalCase.id, cases.documents(legalCase), language), notice, stale, reply,
                errors, fileErrors, LocalDigits.of(config.maxFiles(), language),
                LocalDigits.megabytes(config.maxFileSize().asLongValue(), language));
    }

    private NewCase form(String blocked, CaseForm typed, List<FieldError> errors, List<FileProblem> fileErrors) {
        Language language = ui.language();
        return new NewCase(blocked, typed, Choice.of(LegalAidCategory.values(), typed.category(), language.locale()),
                FormErrors.of(errors), fileErrors, LocalDigits.of(config.maxFiles(), language),
                LocalDigits.megabytes(config.maxFileSize().asLongValue(), language));
    }

    private void attachAll(long caseId, CurrentPerson person, List<Upload> uploads, Language language) {
        FormUploads.attachAll(uploads,
                (fileName, content) -> cases.attach(caseId, person, fileName, content, language));
    }

    private static Response done(long id, String notice) {
        return Response.seeOther(URI.create(CaseViews.path(id) + (notice == null ? "" : "?done=" + notice)))
                .build();
    }

    /** The member's own case, its reading audited; anyone else's is not found. */
    private LegalAidCase own(long id, CurrentPerson person) {
        requireOwn(id, person);
        return cases.find(id, person).orElseThrow(() -> ProblemException.notFound("No such legal-aid case"));
    }

    /**
     * Refuses any case but the caller's own before the service reads it, so that staff, who may
     * read the case elsewhere, are neither shown it here nor recorded as reading it.
     */
    private void requireOwn(long id, CurrentPerson person) {
        if (cases.mine(person).stream().noneMatch(legalCase -> legalCase.id == id)) {
            throw ProblemException.notFound("No such legal-aid case");
        }
    }

    private Optional<String> blocked(CurrentPerson person) {
        return standings.of(person).blocked();
    }

    private LegalAidPageTexts texts() {
        return ui.language() == Language.EN
                ? MessageBundles.get(LegalAidPageTexts.class, Localized.Literal.of("en"))
                : MessageBundles.get(LegalAidPageTexts.class);
    }

    private CurrentPerson person() {
        return CurrentPerson.of(identity);
    }
}
