package ir.guild.registry.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ir.guild.registry.common.PersianText;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.web.JalaliDates;

/**
 * Allocates membership numbers such as {@code 1405-000123}: the Jalali year of approval
 * and a sequence for that year. The year's row stays locked until the approving
 * transaction ends, so concurrent approvals get distinct numbers, and a rolled-back
 * approval gives its number back: no gaps.
 */
@ApplicationScoped
public class MembershipNumbers {

    static final String NEXT = """
            with next as (
                insert into membership_number_sequence (jalali_year, last_value) values (?1, ?2)
                on conflict (jalali_year) do update set last_value = membership_number_sequence.last_value + ?2
                returning last_value)
            select last_value from next""";

    /** The last number of a year: the sequence has six digits. */
    static final int LAST_OF_A_YEAR = 999_999;

    /** A number as {@link #format} writes it. */
    private static final Pattern STORED = Pattern.compile("[0-9]{4}-[0-9]{6}");

    /** A number as people type it: Persian digits, any dash or none, spaces around it. */
    private static final Pattern TYPED = Pattern.compile("([0-9]{4})[-\\s\u2010-\u2015\u2212]*([0-9]{6})");

    private final EntityManager em;

    MembershipNumbers(EntityManager em) {
        this.em = em;
    }

    @Transactional(TxType.MANDATORY)
    public String next(LocalDate approvedOn) {
        return next(approvedOn, 1).get(0);
    }

    /** The next {@code count} numbers, in order, taken together (as an import of many members does). */
    @Transactional(TxType.MANDATORY)
    public List<String> next(LocalDate approvedOn, int count) {
        if (count < 1) {
            return List.of();
        }
        int year = JalaliDates.jalaliYear(approvedOn);
        int last = ((Number) em.createNativeQuery(NEXT).setParameter(1, year).setParameter(2, count).getSingleResult())
                .intValue();
        if (last > LAST_OF_A_YEAR) {
            // Thrown, the exception rolls the approving transaction back, and the sequence with it.
            int left = Math.max(0, LAST_OF_A_YEAR - (last - count));
            throw ProblemException.conflict("The membership numbers of the year " + year + " end at " + year + "-"
                    + LAST_OF_A_YEAR + ": " + left + " are left, and " + count + " were asked for");
        }
        List<String> numbers = new ArrayList<>(count);
        for (int sequence = last - count + 1; sequence <= last; sequence++) {
            numbers.add(format(year, sequence));
        }
        return numbers;
    }

    /** The membership number in {@code typed}, as stored ({@code 1405-000123}), if that is what it is. */
    public static Optional<String> parse(String typed) {
        String ascii = PersianText.digitsToAscii(PersianText.normalize(typed));
        Matcher number = ascii == null ? null : TYPED.matcher(ascii);
        return number != null && number.matches() ? Optional.of(number.group(1) + "-" + number.group(2))
                : Optional.empty();
    }

    /** Whether {@code text} is a whole membership number exactly as stored. */
    static boolean isStored(String text) {
        return STORED.matcher(text).matches();
    }

    static String format(int jalaliYear, int sequence) {
        return String.format("%d-%06d", jalaliYear, sequence);
    }
}
