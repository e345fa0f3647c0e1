package ir.guild.registry.legalaid;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ir.guild.registry.common.ProblemException;
import ir.guild.registry.web.JalaliDates;

/**
 * Allocates case numbers such as {@code LA-1405-00042}: the Jalali year of filing and a
 * sequence for that year. As with membership numbers, the year's row stays locked until the
 * filing transaction ends, so concurrent filings get distinct numbers and a rolled-back
 * filing gives its number back: no gaps.
 */
@ApplicationScoped
public class CaseNumbers {

    static final String NEXT = """
            with next as (
                insert into legal_aid_number_sequence (jalali_year, last_value) values (?1, 1)
                on conflict (jalali_year) do update set last_value = legal_aid_number_sequence.last_value + 1
                returning last_value)
            select last_value from next""";

    /** The last case number of a year: the sequence has five digits. */
    static final int LAST_OF_A_YEAR = 99_999;

    private final EntityManager em;

    CaseNumbers(EntityManager em) {
        this.em = em;
    }

    @Transactional(TxType.MANDATORY)
    public String next(LocalDate filedOn) {
        int year = JalaliDates.jalaliYear(filedOn);
        int sequence = ((Number) em.createNativeQuery(NEXT).setParameter(1, year).getSingleResult()).intValue();
        if (sequence > LAST_OF_A_YEAR) {
            // Thrown, the exception rolls the filing back, and the sequence with it.
            throw ProblemException.conflict("The legal-aid case numbers of the year " + year + " end at "
                    + format(year, LAST_OF_A_YEAR) + "; no case can be filed until the next year");
        }
        return format(year, sequence);
    }

    static String format(int jalaliYear, int sequence) {
        return String.format("LA-%d-%05d", jalaliYear, sequence);
    }
}
