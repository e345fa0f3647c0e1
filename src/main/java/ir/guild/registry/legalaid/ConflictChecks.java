package ir.guild.registry.legalaid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import ir.guild.registry.common.PersianText;
import ir.guild.registry.partner.PartnerFirm;

/**
 * Compares a case's counterparty with the guild's partner firms and a counsel's declared
 * employer. Names are compared by their distinctive words: Persian letters normalised, case
 * and punctuation ignored, and the words every company name carries ("شرکت", "سهامی خاص",
 * "Ltd", ...) left out, so "شرکت داده‌پردازان پارس (سهامی خاص)" matches "داده پردازان پارس".
 * A name matches when all of one side's words appear in the other's.
 */
@ApplicationScoped
public class ConflictChecks {

    private static final Set<String> LEGAL_FORMS = Set.of("شرکت", "سهامی", "خاص", "عام", "مسئولیت",
            "مسیولیت", "محدود", "تعاونی", "گروه", "موسسه", "مؤسسه", "هلدینگ", "و", "company", "co", "corp",
            "corporation", "inc", "ltd", "llc", "limited", "group", "holding", "the", "and", "pjs", "pjsc");

    /** What a counsel is warned about before taking {@code legalCase}. */
    public List<ConflictWarning> warnings(LegalAidCase legalCase, CounselProfile counsel) {
        List<ConflictWarning> warnings = new ArrayList<>();
        for (PartnerFirm firm : PartnerFirm.registered()) {
            if (sameParty(legalCase.counterpartyName, firm.name)) {
                warnings.add(new ConflictWarning(ConflictWarning.Kind.PARTNER_FIRM, firm.name));
            }
        }
        if (counsel != null && counsel.employer != null && sameParty(legalCase.counterpartyName, counsel.employer)) {
            warnings.add(new ConflictWarning(ConflictWarning.Kind.OWN_EMPLOYER, counsel.employer));
        }
        return warnings;
    }

    /** Whether two names look like the same party. */
    static boolean sameParty(String one, String other) {
        Set<String> a = words(one);
        Set<String> b = words(other);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.containsAll(b) || b.containsAll(a);
    }

    /** The distinctive words of a name: normalised, without punctuation, joiners or legal forms. */
    static Set<String> words(String name) {
        String normalized = PersianText.normalize(name);
        if (normalized == null) {
            return Set.of();
        }
        String plain = normalized.replace('\u200c', ' ').toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ");
        return Arrays.stream(plain.split(" ")).filter(word -> !word.isBlank())
                .filter(word -> !LEGAL_FORMS.contains(word)).collect(Collectors.toSet());
    }
}
