package ir.guild.registry.reference;

/** Membership grades, from newcomer to senior. */
public enum Grade implements Labelled {
    ASSOCIATE("عضو وابسته", "Associate"),
    MEMBER("عضو پیوسته", "Member"),
    SENIOR("عضو ارشد", "Senior");

    private final String fa;
    private final String en;

    Grade(String fa, String en) {
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
