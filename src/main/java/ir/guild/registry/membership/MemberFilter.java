package ir.guild.registry.membership;

import java.time.LocalDate;
import java.util.Locale;

import io.quarkus.panache.common.Parameters;

import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.reference.Grade;
import ir.guild.registry.reference.Province;
import ir.guild.registry.web.Language;

/**
 * Which members an admin is looking at: by status (EXPIRED included, although it is never
 * stored), grade, province and a search in names, national ID, email or membership number
 * (any part of them).
 * Every part is optional; an empty filter is the whole registry.
 */
public record MemberFilter(MemberStatus status, Grade grade, Province province, String search) {

    public static final MemberFilter ALL = new MemberFilter(null, null, null, null);

    /** Reads the filter as an admin typed it, refusing unknown codes with the field named. */
    public static MemberFilter of(String status, String grade, String province, String search, Language language) {
        FieldChecks checks = new FieldChecks(language);
        MemberStatus wantedStatus = checks.code("status", status, MemberStatus.class, false);
        Grade wantedGrade = checks.code("grade", grade, Grade.class, false);
        Province wantedProvince = checks.code("province", province, Province.class, false);
        checks.throwIfInvalid();
        String q = PersianText.normalize(search);
        return new MemberFilter(wantedStatus, wantedGrade, wantedProvince, q == null || q.isEmpty() ? null : q);
    }

    /** The HQL condition on {@code Member} and its parameters; status is judged as of {@code today}. */
    Condition condition(LocalDate today) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            switch (status) {
                case ACTIVE -> where.append(" and status = :stored and validUntil >= :today");
                case EXPIRED -> where.append(" and status = :stored and validUntil < :today");
                case SUSPENDED, REVOKED -> where.append(" and status = :stored");
            }
            parameters.and("stored", stored(status));
            if (status == MemberStatus.ACTIVE || status == MemberStatus.EXPIRED) {
                parameters.and("today", today);
            }
        }
        if (grade != null) {
            where.append(" and grade = :grade");
            parameters.and("grade", grade);
        }
        if (province != null) {
            where.append(" and province = :province");
            parameters.and("province", province);
        }
        if (search != null) {
            // Persian or Arabic digits are searched in the form they are stored in.
            String text = PersianText.digitsToAscii(search).toLowerCase(Locale.ROOT);
            String inText = "lower(fullName) like :q escape '\\' or lower(fullNameLatin) like :q escape '\\'"
                    + " or lower(email) like :q escape '\\'";
            if (MembershipNumbers.isStored(text)) {
                // A whole membership number is in no other member's number, and a national ID
                // (digits only) holds no dash: the number is looked up by its own index instead of
                // a scan of digit trigrams that most of the register shares.
                where.append(" and (membershipNumber = :number or ").append(inText).append(')');
                parameters.and("number", text);
            } else {
                where.append(" and (").append(inText)
                        .append(" or nationalId like :q escape '\\' or membershipNumber like :q escape '\\')");
            }
            parameters.and("q", "%" + Member.likeLiteral(text) + "%");
        }
        return new Condition(where.toString(), parameters);
    }

    private static Member.StoredStatus stored(MemberStatus status) {
        return switch (status) {
            case ACTIVE, EXPIRED -> Member.StoredStatus.ACTIVE;
            case SUSPENDED -> Member.StoredStatus.SUSPENDED;
            case REVOKED -> Member.StoredStatus.REVOKED;
        };
    }

    record Condition(String where, Parameters parameters) {
    }
}
