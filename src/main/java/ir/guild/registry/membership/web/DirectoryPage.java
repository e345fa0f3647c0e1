package ir.guild.registry.membership.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import ir.guild.registry.common.PageOf;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.membership.Directory;
import ir.guild.registry.membership.Member;
import ir.guild.registry.reference.Province;
import ir.guild.registry.reference.Specialty;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.web.Ui;

/** The public directory page: search by name, filter by specialty and province, page by page. */
@Path("/directory")
public class DirectoryPage {

    /** A listed member, labels in the page's language; the same few fields as the API's entry. */
    public record Entry(String fullName, String fullNameLatin, String grade, String province, String specialties,
            LocalDate memberSince) {
    }

    /**
     * The search as typed, the choices of the filters, one page of results and the links to the
     * pages around it (null where there is none).
     */
    public record DirectoryView(String q, List<Choice> specialties, List<Choice> provinces, List<Entry> entries,
            String totalShown, String pageShown, String pagesShown, String previousLink, String nextLink) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance directory(DirectoryView directory, FormErrors errors);
    }

    private final Directory directory;
    private final Ui ui;

    DirectoryPage(Directory directory, Ui ui) {
        this.directory = directory;
        this.ui = ui;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response search(@QueryParam("q") String q, @QueryParam("specialty") String specialty,
            @QueryParam("province") String province, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Language language = ui.language();
        Locale locale = language.locale();
        List<Choice> specialties = Choice.of(Specialty.values(), specialty, locale);
        List<Choice> provinces = Choice.of(Province.values(), province, locale);
        String shownQuery = PersianText.normalize(q);
        PageOf<Member> found;
        try {
            found = directory.search(new Directory.Search(q, specialty, province, page, size), language);
        } catch (ProblemException e) {
            if (e.type() != ProblemType.VALIDATION) {
                throw e;
            }
            DirectoryView refused = new DirectoryView(shownQuery, specialties, provinces, List.of(), null, null,
                    null, null, null);
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.directory(refused, FormErrors.of(e.errors()))).type(CardPage.HTML).build();
        }
        long pages = Math.max(1, (found.total() + found.size() - 1) / found.size());
        String previous = found.page() > 0 ? link(shownQuery, specialty, province, found.page() - 1, size) : null;
        String next = found.page() + 1 < pages ? link(shownQuery, specialty, province, found.page() + 1, size) : null;
        DirectoryView view = new DirectoryView(shownQuery, specialties, provinces,
                found.items().stream().map(member -> entry(member, language)).toList(),
                LocalDigits.of(found.total(), language),
                LocalDigits.of(found.page() + 1, language), LocalDigits.of(pages, language), previous, next);
        return Response.ok(Templates.directory(view, FormErrors.none()), CardPage.HTML).build();
    }

    private static Entry entry(Member member, Language language) {
        Locale locale = language.locale();
        String separator = language == Language.FA ? "، " : ", ";
        return new Entry(member.fullName, member.fullNameLatin, member.grade.label(locale),
                member.province.label(locale),
                member.specialties.stream().sorted().map(s -> s.label(locale)).collect(Collectors.joining(separator)),
                member.memberSince);
    }

    private static String link(String q, String specialty, String province, int page, String size) {
        StringBuilder link = new StringBuilder("/directory?page=").append(page);
        append(link, "q", q);
        append(link, "specialty", specialty);
        append(link, "province", province);
        append(link, "size", size);
        return link.toString();
    }

    private static void append(StringBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
