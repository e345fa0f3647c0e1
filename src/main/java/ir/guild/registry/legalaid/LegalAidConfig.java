package ir.guild.registry.legalaid;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The legal-aid desk's settings: the first-response SLA and its calendar, documents, alerts. */
@ConfigMapping(prefix = "guild.legal-aid")
public interface LegalAidConfig {

    /** How many working days counsel have for the first response, counted after the day of filing. */
    @WithDefault("3")
    int firstResponseDays();

    /** Official public holidays (ISO dates), on which no SLA day is counted; none by default. */
    Optional<List<LocalDate>> holidays();

    /** The days of the week the guild does not work: Friday in Iran. */
    @WithDefault("FRIDAY")
    Set<DayOfWeek> weekendDays();

    /**
     * How long before the due moment a case is shown as due soon. A first response is always due at
     * the end of a working day, so the default of 24 hours means "on the last working day".
     */
    @WithDefault("24h")
    Duration dueSoon();

    /** The largest document accepted, each. */
    @WithDefault("4M")
    MemorySize maxFileSize();

    /** How many documents a case may hold. */
    @WithDefault("10")
    int maxFiles();

    /**
     * How often each instance looks for cases whose first response became overdue ({@code off}
     * disables the job); each case is reported to the admins once whatever the number of instances.
     */
    @WithDefault("10m")
    String overdueCheckInterval();

    /**
     * Where the overdue alerts go besides the admins' own addresses (a shared desk mailbox, for
     * instance); none by default.
     */
    Optional<List<String>> alertAddresses();
}
