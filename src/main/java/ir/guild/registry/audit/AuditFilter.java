package ir.guild.registry.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.Invalid;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.web.JalaliDates;

/**
 * Which audit entries to show: by account, entity (its type, or {@code Type:id} for one entity),
 * action (exact, or a prefix such as {@code member} for every {@code member.*} action) and a range
 * of Iranian days, both ends included. Every part is optional.
 */
public record AuditFilter(String actor, String entityType, String entityId, String action, LocalDate from,
        LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

    static final int TEXT_MAX = 200;

    /** ISO dates, as the API and the English page take them: {@code 2026-11-28}. */
    public static final Function<String, Optional<LocalDate>> ISO_DATES = AuditFilter::isoDate;

    /** Jalali dates, as the Persian page takes them: {@code 1405/09/07}. */
    public static final Function<String, Optional<LocalDate>> JALALI_DATES = JalaliDates::parseJalali;

    /**
     * Reads the filter as given; every invalid part is collected in {@code checks}, named by its
     * parameter, and left out of the result.
     */
    public static AuditFilter read(FieldChecks checks, String actor, String entity, String action, String from,
            String to, Function<String, Optional<LocalDate>> dates) {
        String actorValue = checks.text("actor", actor, false, TEXT_MAX);
        String entityValue = checks.text("entity", entity, false, TEXT_MAX);
        String actionValue = checks.text("action", action, false, TEXT_MAX);
        String entityType = entityValue;
        String entityId = null;
        if (entityValue != null && entityValue.contains(":")) {
            int colon = entityValue.indexOf(':');
            entityType = entityValue.substring(0, colon).trim();
            entityId = entityValue.substring(colon + 1).trim();
            if (entityType.isEmpty() || entityId.isEmpty()) {
                checks.reject("entity", AuditInvalid.ENTITY);
            }
        }
        LocalDate fromDate = date(checks, "from", from, dates);
        LocalDate toDate = date(checks, "to", to, dates);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            checks.reject("to", AuditInvalid.DATE_RANGE);
        }
        return new AuditFilter(actorValue, entityType, entityId, actionValue, fromDate, toDate);
    }

    private static LocalDate date(FieldChecks checks, String field, String raw,
            Function<String, Optional<LocalDate>> dates) {
        String value = PersianText.normalize(raw);
        if (value == null || value.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = dates.apply(value);
        if (date.isEmpty()) {
            checks.reject(field, Invalid.DATE);
        }
        return date.orElse(null);
    }

    private static Optional<LocalDate> isoDate(String raw) {
        try {
            return Optional.of(LocalDate.parse(PersianText.digitsToAscii(raw)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The entity as the {@code entity} parameter spells it, or null. */
    public String entity() {
        if (entityType == null) {
            return null;
        }
        return entityId == null ? entityType : entityType + ":" + entityId;
    }
}
