package ir.guild.registry.reference;

/** What a legal-aid case is about. */
public enum LegalAidCategory implements Labelled {
    UNPAID_WAGES("دستمزد معوق", "Unpaid wages"),
    CONTRACT_DISPUTE("اختلاف قراردادی", "Contract dispute"),
    INTELLECTUAL_PROPERTY("مالکیت فکری", "Intellectual property"),
    WRONGFUL_DISMISSAL("اخراج غیرقانونی", "Wrongful dismissal"),
    WORKPLACE_HARASSMENT("آزار در محیط کار", "Workplace harassment"),
    OTHER("سایر", "Other");

    private final String fa;
    private final String en;

    LegalAidCategory(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    @Override
    public String fa() {
        return fa;
    }

    @Override
    public String en() {
        return en;
    }
}
