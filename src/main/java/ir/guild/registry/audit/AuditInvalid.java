package ir.guild.registry.audit;

import ir.guild.registry.common.FieldReason;
import ir.guild.registry.web.Language;

/** Why an audit filter was refused, besides the reasons every form shares. */
public enum AuditInvalid implements FieldReason {
    DATE_RANGE("تاریخ پایان نمی‌تواند پیش از تاریخ آغاز باشد.", "The end date cannot be before the start date."),
    ENTITY("موجودیت را به شکل «نوع» یا «نوع:شناسه» بنویسید، مانند Member:1405-000123.",
            "Write the entity as Type or Type:id, such as Member:1405-000123.");

    private final String fa;
    private final String en;

    AuditInvalid(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    @Override
    public String message(Language language, Object... arguments) {
        return String.format(language == Language.EN ? en : fa, arguments);
    }
}
