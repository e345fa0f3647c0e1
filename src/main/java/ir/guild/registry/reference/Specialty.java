package ir.guild.registry.reference;

/** What a programmer works on; members choose several. */
public enum Specialty implements Labelled {
    BACKEND("برنامه‌نویسی سمت سرور", "Back-end development"),
    FRONTEND("برنامه‌نویسی وب (رابط کاربری)", "Web front-end development"),
    MOBILE("برنامه‌نویسی موبایل", "Mobile development"),
    DEVOPS("دواپس و زیرساخت", "DevOps and infrastructure"),
    SECURITY("امنیت نرم‌افزار", "Software security"),
    DATA_ENGINEERING("مهندسی داده", "Data engineering"),
    DATA_SCIENCE("علم داده و هوش مصنوعی", "Data science and AI"),
    EMBEDDED("سامانه‌های نهفته", "Embedded systems"),
    GAME("بازی‌سازی", "Game development"),
    QA("تضمین کیفیت و آزمون", "Quality assurance and testing"),
    UI_UX("طراحی تجربه و رابط کاربری", "UI and UX design"),
    DATABASE("پایگاه داده", "Databases"),
    ENTERPRISE("نرم‌افزارهای سازمانی", "Enterprise software");

    private final String fa;
    private final String en;

    Specialty(String fa, String en) {
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
