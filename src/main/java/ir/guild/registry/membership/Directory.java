package ir.guild.registry.membership;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.Invalid;
import ir.guild.registry.common.PageOf;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.reference.Province;
import ir.guild.registry.reference.Specialty;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.Language;

/**
 * The public directory of members: only those who chose to be listed and whose membership
 * is active today. What it shows of them is decided by its readers ({@code DirectoryEntry}),
 * never the national ID, contact details or membership number.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class Directory {

    public static final int MAX_SEARCH_LENGTH = 100;

    /** One search, as typed into the page or the query string: normalised and checked here. */
    public record Search(String q, String specialty, String province, String page, String size) {
    }

    /**
     * @throws ir.guild.registry.common.ProblemException naming {@code q}, {@code specialty},
     *         {@code province}, {@code page} or {@code size} when one of them is not acceptable
     */
    public PageOf<Member> search(Search search, Language language) {
        FieldChecks checks = new FieldChecks(language);
        String q = checks.text("q", search.q(), false, MAX_SEARCH_LENGTH);
        Specialty specialty = checks.code("specialty", search.specialty(), Specialty.class, false);
        Province province = checks.code("province", search.province(), Province.class, false);
        Integer requestedPage = wholeNumber(checks, "page", search.page(), 0, Integer.MAX_VALUE);
        Integer requestedSize = wholeNumber(checks, "size", search.size(), 1, PageOf.MAX_SIZE);
        checks.throwIfInvalid();

        // Numbers past the bounds are brought within them, as on every list; only non-numbers are refused.
        int size = PageOf.boundedSize(requestedSize);
        // Far past the last page is simply empty, but the row offset must still fit in an int.
        int page = Math.min(PageOf.boundedPage(requestedPage), Integer.MAX_VALUE / size - 1);
        LocalDate today = LocalDate.now(GuildClock.ZONE);
        return new PageOf<>(Member.listed(q, specialty, province, today, page, size), page, size,
                Member.countListed(q, specialty, province, today));
    }

    private static Integer wholeNumber(FieldChecks checks, String field, String raw, int min, int max) {
        // Not normalizeNumeric: it drops dashes, and a page of -1 is not page 1.
        String value = PersianText.digitsToAscii(PersianText.normalize(raw));
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            checks.reject(field, Invalid.OUT_OF_RANGE, min, max);
            return null;
        }
    }
}
