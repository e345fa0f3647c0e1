package ir.guild.registry.membership;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import ir.guild.registry.audit.Actor;
import ir.guild.registry.audit.AuditEvent;
import ir.guild.registry.audit.AuditLog;
import ir.guild.registry.common.Causes;
import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.FieldError;
import ir.guild.registry.common.Invalid;
import ir.guild.registry.common.IranianMobile;
import ir.guild.registry.common.NationalId;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.KeycloakRoles;
import ir.guild.registry.identity.Role;
import ir.guild.registry.identity.RoleChange;
import ir.guild.registry.reference.Grade;
import ir.guild.registry.reference.Province;
import ir.guild.registry.reference.Specialty;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

/**
 * Brings an existing registry into the platform from a CSV file. Every row is normalised and
 * checked like an application; a dry run only reports, a real run imports all rows or none.
 * A national ID that already has a membership (not revoked) is left as it is, so importing
 * the same file twice changes nothing the second time. Each new member is ACTIVE, gets a
 * freshly allocated membership number and one {@code member.import} audit entry.
 */
@ApplicationScoped
@Transactional
public class RegistryImport {

    /** A member imported without a Keycloak account is held under this subject until one is linked. */
    public static final String PLACEHOLDER_PREFIX = "import:";

    static final String ENTITY = "Member";
    static final int MAX_LISTED_ERRORS = 500;
    static final int MAX_TEXT = 100;
    static final int MAX_CITY = 60;
    static final int MAX_SUBJECT = 64;
    // Bounded IN lists.
    static final int LOOKUP_CHUNK = 1000;
    // Members written by one statement.
    static final int WRITE_CHUNK = 1000;
    // A registry of tens of thousands takes longer than the default minute to write.
    static final int IMPORT_TIMEOUT_SECONDS = 600;

    private static final String NEXT_MEMBER_IDS =
            "select nextval(pg_get_serial_sequence('member', 'id')) from generate_series(1, ?)";
    private static final String INSERT_MEMBERS = """
            insert into member (id, membership_number, account_subject, language, full_name, full_name_latin,
                                national_id, email, mobile, province, city, grade, member_since, valid_until,
                                directory_listed, status)
            select *, 'ACTIVE' from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                           ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                           ?::date[], ?::date[], ?::boolean[])""";
    private static final String INSERT_SPECIALTIES =
            "insert into member_specialty (member_id, specialty) select * from unnest(?::bigint[], ?::text[])";

    private static final List<String> COLUMNS = Stream
            .concat(RegistryCsv.IMPORT_REQUIRED.stream(), RegistryCsv.IMPORT_OPTIONAL.stream()).toList();
    private static final Pattern DATE = Pattern.compile("([0-9]{4})[-/]([0-9]{1,2})[-/]([0-9]{1,2})");
    private static final int FIRST_GREGORIAN_YEAR = 1700;
    private static final Set<String> YES = Set.of("true", "yes", "y", "1", "بله", "بلی", "آری");
    private static final Set<String> NO = Set.of("false", "no", "n", "0", "خیر", "نه");

    private final MembershipNumbers numbers;
    private final AuditLog audit;
    private final KeycloakRoles roles;
    private final EntityManager em;
    private final Clock clock = Clock.system(GuildClock.ZONE);

    RegistryImport(MembershipNumbers numbers, AuditLog audit, KeycloakRoles roles, EntityManager em) {
        this.numbers = numbers;
        this.audit = audit;
        this.roles = roles;
        this.em = em;
    }

    /** Reports what importing the file would do, and writes nothing. */
    @Transactional(TxType.SUPPORTS)
    public ImportReport preview(byte[] csv, Language language) {
        Checked checked = check(csv, language);
        return new ImportReport(true, checked.rows(), checked.created().size(), checked.unchanged(),
                checked.errors());
    }

    /**
     * Imports every new member of the file, or, when any row has an error, nothing at all: the
     * report then lists the errors and counts nothing as created.
     *
     * @throws ProblemException when the file cannot be read as CSV at all, or when another
     *         import or approval created one of the members meanwhile (409)
     */
    @TransactionConfiguration(timeout = IMPORT_TIMEOUT_SECONDS)
    public ImportReport importMembers(byte[] csv, CurrentPerson admin, Language language) {
        Checked checked = check(csv, language);
        if (!checked.errors().isEmpty()) {
            return new ImportReport(false, checked.rows(), 0, 0, checked.errors());
        }
        LocalDate today = LocalDate.now(clock);
        Actor actor = Actor.of(admin);
        List<Draft> drafts = checked.created();
        try {
            // Numbers before the audit chain's lock, in the order approvals take them, so they never deadlock.
            List<String> numbers = this.numbers.next(today, drafts.size());
            AuditLog.Batch entries = audit.batch();
            for (int from = 0; from < drafts.size(); from += WRITE_CHUNK) {
                int to = Math.min(drafts.size(), from + WRITE_CHUNK);
                enrol(drafts.subList(from, to), numbers.subList(from, to), entries, actor);
            }
            entries.flush();
            em.flush();
        } catch (ConstraintViolationException e) {
            throw ProblemException.conflict("A member of this file was created by someone else meanwhile; "
                    + "nothing was imported. Run the import again.");
        }
        return new ImportReport(false, checked.rows(), drafts.size(), checked.unchanged(), List.of());
    }

    /**
     * Writes one chunk of new members with a statement for the members and one for their
     * specialties (a row at a time, a file of 100,000 took minutes), then their audit entries.
     */
    private void enrol(List<Draft> drafts, List<String> numbers, AuditLog.Batch entries, Actor actor) {
        long[] ids = new long[drafts.size()];
        em.unwrap(Session.class).doWork(connection -> insert(connection, drafts, numbers, ids));
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            entries.record(new AuditEvent(actor, "member.import", ENTITY, Long.toString(ids[i]),
                    "imported from row " + draft.row() + " of a registry file; member " + numbers.get(i)
                            + "; grade " + draft.grade() + "; account "
                            + (draft.accountSubject() == null ? "not linked yet" : "linked")));
            if (draft.accountSubject() != null) {
                roles.queue(RoleChange.grant(draft.accountSubject(), Role.MEMBER));
            }
        }
    }

    private static void insert(Connection connection, List<Draft> drafts, List<String> numbers, long[] ids)
            throws SQLException {
        int count = drafts.size();
        try (PreparedStatement next = connection.prepareStatement(NEXT_MEMBER_IDS)) {
            next.setInt(1, count);
            try (ResultSet rows = next.executeQuery()) {
                for (int i = 0; i < count && rows.next(); i++) {
                    ids[i] = rows.getLong(1);
                }
            }
        }
        Arrays.sort(ids);
        Object[] memberIds = new Object[count];
        String[][] text = new String[13][count];
        Object[] listed = new Object[count];
        List<Object> specialtyOwners = new ArrayList<>();
        List<String> specialties = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Draft draft = drafts.get(i);
            memberIds[i] = ids[i];
            text[0][i] = numbers.get(i);
            text[1][i] = draft.accountSubject() == null ? PLACEHOLDER_PREFIX + draft.nationalId() : draft.accountSubject();
            text[2][i] = Language.DEFAULT.code();
            text[3][i] = draft.fullName();
            text[4][i] = draft.fullNameLatin();
            text[5][i] = draft.nationalId();
            text[6][i] = draft.email();
            text[7][i] = draft.mobile();
            text[8][i] = draft.province().name();
            text[9][i] = draft.city();
            text[10][i] = draft.grade().name();
            text[11][i] = draft.memberSince().toString();
            text[12][i] = draft.validUntil().toString();
            listed[i] = draft.directoryListed();
            for (Specialty specialty : draft.specialties()) {
                specialtyOwners.add(ids[i]);
                specialties.add(specialty.name());
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_MEMBERS)) {
            insert.setArray(1, connection.createArrayOf("bigint", memberIds));
            for (int column = 0; column < text.length; column++) {
                insert.setArray(column + 2, connection.createArrayOf("text", text[column]));
            }
            insert.setArray(text.length + 2, connection.createArrayOf("boolean", listed));
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_SPECIALTIES)) {
            insert.setArray(1, connection.createArrayOf("bigint", specialtyOwners.toArray()));
            insert.setArray(2, connection.createArrayOf("text", specialties.toArray()));
            insert.executeUpdate();
        }
    }

    // --- Reading and checking ------------------------------------------------------------

    /**
     * Reads the file record by record, decoding it as it goes and keeping only each row's draft: a
     * file of 100,000 rows held whole as text and as parsed records took more than 128 MB of heap.
     */
    private Checked check(byte[] csv, Language language) {
        List<ImportReport.RowError> errors = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        int read = 0;
        int rows = 0;
        CSVFormat format = RegistryCsv.FORMAT.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(text(csv == null ? new byte[0] : csv), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord header = records.hasNext() ? records.next() : null;
            if (header == null || blank(header)) {
                throw ProblemException.invalid("file", RegistryInvalid.NO_HEADER.message(language));
            }
            read++;
            Map<String, Integer> columns = header(header, language, errors);
            // With a column missing or unknown, every row would repeat it: the header's errors are enough.
            boolean headerOk = errors.isEmpty();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                read++;
                if (blank(record)) {
                    continue;
                }
                rows++;
                if (headerOk) {
                    Draft draft = draft(record, columns, language, errors);
                    if (draft != null) {
                        drafts.add(draft);
                    }
                }
            }
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            boolean notUtf8 = Causes.any(e, CharacterCodingException.class::isInstance);
            throw ProblemException.invalid("file", notUtf8 ? RegistryInvalid.NOT_UTF8.message(language)
                    : RegistryInvalid.NOT_CSV.message(language, read));
        }
        return againstRegistry(drafts, rows, errors, language);
    }

    /**
     * The file's text, without its byte order mark, decoded as it is parsed: a byte that is not
     * UTF-8 makes the reading fail with a {@link CharacterCodingException}.
     */
    private static Reader text(byte[] csv) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(csv), utf8));
        reader.mark(1);
        if (reader.read() != RegistryCsv.BYTE_ORDER_MARK) {
            reader.reset();
        }
        return reader;
    }

    /** The index of each known column; unknown, repeated and missing columns are errors of row 1. */
    private static Map<String, Integer> header(CSVRecord header, Language language,
            List<ImportReport.RowError> errors) {
        Map<String, String> known = new HashMap<>();
        COLUMNS.forEach(column -> known.put(column.toLowerCase(Locale.ROOT), column));
        RegistryCsv.IMPORT_IGNORED.forEach(column -> known.put(column.toLowerCase(Locale.ROOT), column));
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = PersianText.normalize(header.get(i));
            if (name.isEmpty()) {
                continue;
            }
            String column = known.get(name.toLowerCase(Locale.ROOT));
            if (column == null) {
                errors.add(new ImportReport.RowError(1, name, RegistryInvalid.UNKNOWN_COLUMN.message(language)));
            } else if (columns.putIfAbsent(column, i) != null) {
                errors.add(new ImportReport.RowError(1, column, RegistryInvalid.DUPLICATE_COLUMN.message(language)));
            }
        }
        for (String required : RegistryCsv.IMPORT_REQUIRED) {
            if (!columns.containsKey(required)) {
                errors.add(new ImportReport.RowError(1, required, RegistryInvalid.MISSING_COLUMN.message(language)));
            }
        }
        return columns;
    }

    /** The row normalised and checked on its own, or null when it has errors (added to {@code errors}). */
    private Draft draft(CSVRecord record, Map<String, Integer> columns, Language language,
            List<ImportReport.RowError> errors) {
        int row = (int) record.getRecordNumber();
        Function<String, String> cell = column -> {
            Integer index = columns.get(column);
            return index == null || index >= record.size() ? null : RegistryCsv.uncell(record.get(index));
        };
        RowChecks checks = new RowChecks(row, language);
        int width = columns.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        for (int i = width; i < record.size(); i++) {
            if (!PersianText.normalize(record.get(i)).isEmpty()) {
                checks.rejectRow(RegistryInvalid.TOO_MANY_CELLS, record.size(), width);
                break;
            }
        }
        FieldChecks fields = checks.fields();
        String nationalId = nationalId(fields, cell.apply("nationalId"));
        String fullName = fields.text("fullName", cell.apply("fullName"), true, MAX_TEXT);
        String fullNameLatin = fields.text("fullNameLatin", cell.apply("fullNameLatin"), true, MAX_TEXT);
        String email = fields.email("email", cell.apply("email"), true);
        String mobile = mobile(fields, cell.apply("mobile"));
        Province province = fields.code("province", cell.apply("province"), Province.class, true);
        String city = fields.text("city", cell.apply("city"), true, MAX_CITY);
        Grade grade = fields.code("grade", cell.apply("grade"), Grade.class, true);
        LocalDate memberSince = checks.date("memberSince", cell.apply("memberSince"));
        if (memberSince != null && memberSince.isAfter(LocalDate.now(clock))) {
            fields.reject("memberSince", Invalid.DATE_IN_FUTURE);
        }
        LocalDate validUntil = checks.date("validUntil", cell.apply("validUntil"));
        if (memberSince != null && validUntil != null && !validUntil.isAfter(memberSince)) {
            checks.reject("validUntil", RegistryInvalid.NOT_AFTER_MEMBER_SINCE);
        }
        Set<Specialty> specialties = specialties(fields, cell.apply("specialties"));
        boolean directoryListed = checks.yesNo("directoryListed", cell.apply("directoryListed"));
        String accountSubject = fields.text("accountSubject", cell.apply("accountSubject"), false, MAX_SUBJECT);
        if (accountSubject != null && accountSubject.startsWith(PLACEHOLDER_PREFIX)) {
            checks.reject("accountSubject", RegistryInvalid.RESERVED_ACCOUNT);
        }
        List<ImportReport.RowError> found = checks.errors();
        if (!found.isEmpty()) {
            errors.addAll(found);
            // A row with a bad cell still claims its national ID, so a later duplicate is reported too.
            return nationalId == null ? null
                    : new Draft(row, nationalId, null, null, null, null, null, null, null, null, null,
                            Set.of(), false, accountSubject, false);
        }
        return new Draft(row, nationalId, fullName, fullNameLatin, email, mobile, province, city, grade, memberSince,
                validUntil, specialties, directoryListed, accountSubject, true);
    }

    /** Duplicates within the file, and what the registry already holds. */
    private Checked againstRegistry(List<Draft> drafts, int rows, List<ImportReport.RowError> errors,
            Language language) {
        Map<String, Integer> seenIds = new HashMap<>();
        Map<String, Integer> seenAccounts = new HashMap<>();
        List<Draft> candidates = new ArrayList<>();
        for (Draft draft : drafts) {
            Integer first = seenIds.putIfAbsent(draft.nationalId(), draft.row());
            boolean ok = draft.valid();
            if (first != null) {
                errors.add(new ImportReport.RowError(draft.row(), "nationalId",
                        RegistryInvalid.DUPLICATE_NATIONAL_ID.message(language, first)));
                ok = false;
            }
            if (draft.accountSubject() != null) {
                Integer firstAccount = seenAccounts.putIfAbsent(draft.accountSubject(), draft.row());
                if (firstAccount != null) {
                    errors.add(new ImportReport.RowError(draft.row(), "accountSubject",
                            RegistryInvalid.DUPLICATE_ACCOUNT.message(language, firstAccount)));
                    ok = false;
                }
            }
            if (ok) {
                candidates.add(draft);
            }
        }
        Set<String> members = inChunks(candidates.stream().map(Draft::nationalId).toList(),
                Member::nationalIdsWithCurrentMembership);
        List<Draft> fresh = candidates.stream().filter(draft -> !members.contains(draft.nationalId())).toList();
        int unchanged = candidates.size() - fresh.size();
        Set<String> openIds = inChunks(fresh.stream().map(Draft::nationalId).toList(),
                Application::nationalIdsWithOpenApplication);
        List<String> accounts = fresh.stream().map(Draft::accountSubject).filter(subject -> subject != null).toList();
        Set<String> accountsTaken = inChunks(accounts, Member::accountsWithCurrentMembership);
        Set<String> accountsApplying = inChunks(accounts, Application::accountsWithOpenApplication);
        List<Draft> created = new ArrayList<>();
        for (Draft draft : fresh) {
            int before = errors.size();
            if (openIds.contains(draft.nationalId())) {
                errors.add(new ImportReport.RowError(draft.row(), "nationalId",
                        RegistryInvalid.OPEN_APPLICATION.message(language)));
            }
            if (accountsTaken.contains(draft.accountSubject())) {
                errors.add(new ImportReport.RowError(draft.row(), "accountSubject",
                        RegistryInvalid.ACCOUNT_TAKEN.message(language)));
            } else if (accountsApplying.contains(draft.accountSubject())) {
                errors.add(new ImportReport.RowError(draft.row(), "accountSubject",
                        RegistryInvalid.ACCOUNT_OPEN_APPLICATION.message(language)));
            }
            if (errors.size() == before) {
                created.add(draft);
            }
        }
        return new Checked(rows, created, unchanged, listed(errors, language));
    }

    /** Errors in file order, at most {@link #MAX_LISTED_ERRORS} of them and a line saying how many more. */
    private static List<ImportReport.RowError> listed(List<ImportReport.RowError> errors, Language language) {
        List<ImportReport.RowError> sorted = errors.stream()
                .sorted(Comparator.comparingInt(ImportReport.RowError::row).thenComparingInt(RegistryImport::order))
                .toList();
        if (sorted.size() <= MAX_LISTED_ERRORS) {
            return sorted;
        }
        List<ImportReport.RowError> listed = new ArrayList<>(sorted.subList(0, MAX_LISTED_ERRORS));
        listed.add(new ImportReport.RowError(sorted.get(MAX_LISTED_ERRORS).row(), null,
                RegistryInvalid.MORE_ERRORS.message(language, sorted.size() - MAX_LISTED_ERRORS)));
        return listed;
    }

    private static int order(ImportReport.RowError error) {
        int index = error.field() == null ? -1 : COLUMNS.indexOf(error.field());
        return index < 0 && error.field() != null ? COLUMNS.size() : index;
    }

    private static Set<String> inChunks(List<String> values, Function<Collection<String>, Set<String>> lookup) {
        Set<String> found = new HashSet<>();
        for (int from = 0; from < values.size(); from += LOOKUP_CHUNK) {
            found.addAll(lookup.apply(values.subList(from, Math.min(values.size(), from + LOOKUP_CHUNK))));
        }
        return found;
    }

    private static boolean blank(CSVRecord record) {
        for (String value : record) {
            if (!PersianText.normalize(value).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String nationalId(FieldChecks checks, String raw) {
        String digits = PersianText.normalizeNumeric(raw);
        if (digits == null || digits.isEmpty()) {
            checks.reject("nationalId", Invalid.REQUIRED);
            return null;
        }
        return NationalId.parse(raw).map(NationalId::value).orElseGet(() -> {
            checks.reject("nationalId", Invalid.NATIONAL_ID);
            return null;
        });
    }

    private static String mobile(FieldChecks checks, String raw) {
        String digits = PersianText.normalizeNumeric(raw);
        if (digits == null || digits.isEmpty()) {
            checks.reject("mobile", Invalid.REQUIRED);
            return null;
        }
        return IranianMobile.parse(raw).map(IranianMobile::value).orElseGet(() -> {
            checks.reject("mobile", Invalid.MOBILE);
            return null;
        });
    }

    private static Set<Specialty> specialties(FieldChecks checks, String raw) {
        Set<Specialty> specialties = EnumSet.noneOf(Specialty.class);
        String value = PersianText.normalize(raw);
        if (value != null) {
            for (String code : value.replace('\u061B', ';').split(RegistryCsv.SPECIALTY_SEPARATOR)) {
                if (!code.isBlank()) {
                    Specialty specialty = checks.code("specialties", code, Specialty.class, true);
                    if (specialty != null) {
                        specialties.add(specialty);
                    }
                }
            }
        }
        if (specialties.isEmpty() && checks.ok("specialties")) {
            checks.reject("specialties", Invalid.AT_LEAST_ONE);
        }
        return specialties;
    }

    /** The checks of one row: the common field checks, and those only an import has. */
    private static final class RowChecks {

        private final int row;
        private final Language language;
        private final FieldChecks fields;
        private final Map<String, String> own = new LinkedHashMap<>();
        private String rowError;

        RowChecks(int row, Language language) {
            this.row = row;
            this.language = language;
            this.fields = new FieldChecks(language);
        }

        FieldChecks fields() {
            return fields;
        }

        void reject(String field, RegistryInvalid reason, Object... arguments) {
            if (fields.ok(field)) {
                own.putIfAbsent(field, reason.message(language, arguments));
            }
        }

        void rejectRow(RegistryInvalid reason, Object... arguments) {
            rowError = reason.message(language, arguments);
        }

        LocalDate date(String field, String raw) {
            String value = PersianText.digitsToAscii(PersianText.normalize(raw));
            if (value == null || value.isEmpty()) {
                fields.reject(field, Invalid.REQUIRED);
                return null;
            }
            Matcher matcher = DATE.matcher(value);
            if (matcher.matches()) {
                int year = Integer.parseInt(matcher.group(1));
                int month = Integer.parseInt(matcher.group(2));
                int day = Integer.parseInt(matcher.group(3));
                if (year < FIRST_GREGORIAN_YEAR) {
                    var jalali = JalaliDates.parseJalali(value);
                    if (jalali.isPresent()) {
                        return jalali.get();
                    }
                } else {
                    try {
                        return LocalDate.of(year, month, day);
                    } catch (java.time.DateTimeException e) {
                        // reported below
                    }
                }
            }
            reject(field, RegistryInvalid.DATE);
            return null;
        }

        boolean yesNo(String field, String raw) {
            String value = PersianText.normalize(raw);
            if (value == null || value.isEmpty()) {
                return false;
            }
            String answer = value.toLowerCase(Locale.ROOT);
            if (YES.contains(answer)) {
                return true;
            }
            if (!NO.contains(answer)) {
                reject(field, RegistryInvalid.YES_NO);
            }
            return false;
        }

        List<ImportReport.RowError> errors() {
            List<ImportReport.RowError> errors = new ArrayList<>();
            if (rowError != null) {
                errors.add(new ImportReport.RowError(row, null, rowError));
            }
            for (FieldError error : fields.errors()) {
                errors.add(new ImportReport.RowError(row, error.field(), error.message()));
            }
            own.forEach((field, message) -> errors.add(new ImportReport.RowError(row, field, message)));
            return errors;
        }
    }

    /** A row as it will become a member. {@code valid} is false for a row that only claims its national ID. */
    private record Draft(int row, String nationalId, String fullName, String fullNameLatin, String email,
            String mobile, Province province, String city, Grade grade, LocalDate memberSince, LocalDate validUntil,
            Set<Specialty> specialties, boolean directoryListed, String accountSubject, boolean valid) {
    }

    private record Checked(int rows, List<Draft> created, int unchanged, List<ImportReport.RowError> errors) {
    }
}
