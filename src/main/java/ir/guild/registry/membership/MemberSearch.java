package ir.guild.registry.membership;

import ir.guild.registry.common.PersianText;
import ir.guild.registry.reference.Grade;
import ir.guild.registry.reference.Province;

/**
 * What an admin looks for in the register: a status (EXPIRED included), a grade, a province
 * and a free text matched against names, national ID, membership number and email. Any of
 * them may be absent.
 */
public record MemberSearch(MemberStatus status, Grade grade, Province province, String text) {

    public static final MemberSearch EVERYONE = new MemberSearch(null, null, null, null);

    public MemberSearch {
        // Persian or Arabic digits and letters are searched in the form they are stored in.
        String normalized = PersianText.digitsToAscii(PersianText.normalize(text));
        text = normalized == null || normalized.isEmpty() ? null : normalized;
    }
}
