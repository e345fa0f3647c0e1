package ir.guild.registry.reference;

/** The 31 provinces of Iran. */
public enum Province implements Labelled {
    ALBORZ("البرز", "Alborz"),
    ARDABIL("اردبیل", "Ardabil"),
    BUSHEHR("بوشهر", "Bushehr"),
    CHAHARMAHAL_BAKHTIARI("چهارمحال و بختیاری", "Chaharmahal and Bakhtiari"),
    EAST_AZERBAIJAN("آذربایجان شرقی", "East Azerbaijan"),
    ESFAHAN("اصفهان", "Isfahan"),
    FARS("فارس", "Fars"),
    GILAN("گیلان", "Gilan"),
    GOLESTAN("گلستان", "Golestan"),
    HAMADAN("همدان", "Hamadan"),
    HORMOZGAN("هرمزگان", "Hormozgan"),
    ILAM("ایلام", "Ilam"),
    KERMAN("کرمان", "Kerman"),
    KERMANSHAH("کرمانشاه", "Kermanshah"),
    KHUZESTAN("خوزستان", "Khuzestan"),
    KOHGILUYEH_BOYER_AHMAD("کهگیلویه و بویراحمد", "Kohgiluyeh and Boyer-Ahmad"),
    KURDISTAN("کردستان", "Kurdistan"),
    LORESTAN("لرستان", "Lorestan"),
    MARKAZI("مرکزی", "Markazi"),
    MAZANDARAN("مازندران", "Mazandaran"),
    NORTH_KHORASAN("خراسان شمالی", "North Khorasan"),
    QAZVIN("قزوین", "Qazvin"),
    QOM("قم", "Qom"),
    RAZAVI_KHORASAN("خراسان رضوی", "Razavi Khorasan"),
    SEMNAN("سمنان", "Semnan"),
    SISTAN_BALUCHESTAN("سیستان و بلوچستان", "Sistan and Baluchestan"),
    SOUTH_KHORASAN("خراسان جنوبی", "South Khorasan"),
    TEHRAN("تهران", "Tehran"),
    WEST_AZERBAIJAN("آذربایجان غربی", "West Azerbaijan"),
    YAZD("یزد", "Yazd"),
    ZANJAN("زنجان", "Zanjan");

    private final String fa;
    private final String en;

    Province(String fa, String en) {
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
