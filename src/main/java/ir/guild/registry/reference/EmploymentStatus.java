package ir.guild.registry.reference;

/** How an applicant works today. */
public enum EmploymentStatus implements Labelled {
    EMPLOYED_FULL_TIME("کارمند تمام‌وقت", "Employed full-time"),
    EMPLOYED_PART_TIME("کارمند پاره‌وقت", "Employed part-time"),
    FREELANCE("آزادکار", "Freelance"),
    BUSINESS_OWNER("کارفرما یا بنیان‌گذار", "Business owner or founder"),
    STUDENT("دانشجو", "Student"),
    SEEKING_WORK("جویای کار", "Seeking work");

    private final String fa;
    private final String en;

    EmploymentStatus(String fa, String en) {
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
