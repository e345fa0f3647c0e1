package ir.guild.registry.reference;

/** The highest education an applicant has completed. */
public enum EducationLevel implements Labelled {
    HIGH_SCHOOL("دیپلم", "High school diploma"),
    ASSOCIATE_DEGREE("کاردانی", "Associate degree"),
    BACHELOR("کارشناسی", "Bachelor's degree"),
    MASTER("کارشناسی ارشد", "Master's degree"),
    DOCTORATE("دکتری", "Doctorate"),
    OTHER("سایر", "Other");

    private final String fa;
    private final String en;

    EducationLevel(String fa, String en) {
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
