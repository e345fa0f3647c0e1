package ir.guild.registry.membership;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

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
                insert into membership_number_sequence (jalali_year, last_value) values (?1, 1)
                on conflict (jalali_year) do update set last_value = membership_number_sequence.last_value + 1
                returning last_value)
            select last_value from next""";

    private final EntityManager em;

    MembershipNumbers(EntityManager em) {
        this.em = em;
    }

    @Transactional(TxType.MANDATORY)
    public String next(LocalDate approvedOn) {
        int year = JalaliDates.jalaliYear(approvedOn);
        Number sequence = (Number) em.createNativeQuery(NEXT).setParameter(1, year).getSingleResult();
        return format(year, sequence.intValue());
    }

    static String format(int jalaliYear, int sequence) {
        return String.format("%d-%06d", jalaliYear, sequence);
    }
}
