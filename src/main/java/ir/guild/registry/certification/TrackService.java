package ir.guild.registry.certification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hibernate.exception.ConstraintViolationException;

import ir.guild.registry.audit.Actor;
import ir.guild.registry.audit.AuditEvent;
import ir.guild.registry.audit.AuditLog;
import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.FieldError;
import ir.guild.registry.common.Invalid;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.web.Language;

/**
 * The catalog of certification tracks: admins create tracks and change them. A track's code
 * never changes; a change must carry the version the admin saw, and may not take away a
 * level that certificates or requests already name. Every change is written to the audit
 * log, named by the track's code.
 */
@ApplicationScoped
@Transactional
public class TrackService {

    public static final String ENTITY = "CertificationTrack";
    public static final int TITLE_MAX = 150;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int REQUIREMENTS_MAX = 2000;
    public static final int MAX_LEVELS = 5;
    public static final int VALIDITY_MIN = 1;
    public static final int VALIDITY_MAX = 120;

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");
    private static final String CODE_UNIQUE = "certification_track_code_key";

    /** Refused because a level to be removed is named by certificates or requests. */
    public static final class LevelInUse extends ProblemException {

        private final List<Integer> levels;

        LevelInUse(List<Integer> levels, long certificates, long requests, Language language) {
            super(ProblemType.CONFLICT, message(levels, certificates, requests, language));
            this.levels = List.copyOf(levels);
        }

        /** The levels that cannot go. */
        public List<Integer> levels() {
            return levels;
        }

        private static String message(List<Integer> levels, long certificates, long requests, Language language) {
            String numbers = levels.stream().map(String::valueOf).collect(Collectors.joining(", "));
            return language == Language.EN
                    ? "Level " + numbers + " cannot be removed: " + certificates + " certificate(s) and " + requests
                            + " request(s) name it"
                    : "سطح " + numbers + " را نمی‌توان حذف کرد: " + certificates + " گواهی و " + requests
                            + " درخواست به آن اشاره دارند";
        }
    }

    /** A form that passed every check, normalised. */
    private record Checked(String code, String titleFa, String titleEn, String descriptionFa, String descriptionEn,
            int validityMonths, Boolean active, List<TrackLevel> levels, Integer version) {
    }

    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    TrackService(AuditLog audit) {
        this.audit = audit;
    }

    /** Every track, inactive ones included, in code order. */
    @Transactional(TxType.SUPPORTS)
    public List<Track> catalog() {
        return Track.catalog();
    }

    /** The tracks members may request, in code order. */
    @Transactional(TxType.SUPPORTS)
    public List<Track> open() {
        return Track.open();
    }

    /** A track by its code, in any case. */
    @Transactional(TxType.SUPPORTS)
    public Optional<Track> find(String code) {
        return canonicalCode(code).flatMap(Track::byCode);
    }

    /** An active track by its code, in any case. */
    @Transactional(TxType.SUPPORTS)
    public Optional<Track> findOpen(String code) {
        return find(code).filter(track -> track.active);
    }

    public Track create(TrackForm form, CurrentPerson admin, Language language) {
        return create(form, Actor.of(admin), language);
    }

    /** A new track; a code already in the catalog is refused on the {@code code} field. */
    public Track create(TrackForm form, Actor actor, Language language) {
        Optional<String> taken = canonicalCode(form == null ? null : form.code())
                .filter(code -> Track.byCode(code).isPresent());
        Checked checked = check(form, null, taken.orElse(null), language);
        Instant now = Instant.now(clock);
        Track track = new Track();
        track.code = checked.code();
        apply(track, checked);
        track.active = checked.active() == null || checked.active();
        track.createdAt = now;
        track.updatedAt = now;
        try {
            track.persistAndFlush();
        } catch (PersistenceException e) {
            // Two admins creating the same code at once: the unique index refuses the second.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException violation
                        && CODE_UNIQUE.equals(violation.getConstraintName())) {
                    throw codeTaken(checked.code(), language);
                }
            }
            throw e;
        }
        audit.record(new AuditEvent(actor, "track.create", ENTITY, track.code, "levels: " + track.levels.size()
                + "; validityMonths: " + track.validityMonths + "; active: " + track.active));
        return track;
    }

    /**
     * Changes a track. Refused with 409 when the version is not the one stored, or when a level
     * to be removed is named by a certificate or a request. A form that changes nothing leaves
     * the track, its version and the audit log as they were.
     */
    public Track update(String code, TrackForm form, CurrentPerson admin, Language language) {
        String stored = canonicalCode(code).orElseThrow(() -> ProblemException.notFound("No such track"));
        Checked checked = check(form, stored, null, language);
        Track track = Track.<Track>find("code", stored).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("No such track"));
        if (track.version != checked.version()) {
            throw ProblemException.conflict("The track changed since you saw it (version " + checked.version()
                    + ", now " + track.version + "); reload it and try again");
        }
        refuseRemovingUsedLevels(track, checked.levels().size(), language);

        List<String> changes = new ArrayList<>();
        note(changes, "title.fa", track.titleFa, checked.titleFa(), false);
        note(changes, "title.en", track.titleEn, checked.titleEn(), false);
        note(changes, "description.fa", track.descriptionFa, checked.descriptionFa(), false);
        note(changes, "description.en", track.descriptionEn, checked.descriptionEn(), false);
        note(changes, "validityMonths", track.validityMonths, checked.validityMonths(), true);
        boolean active = checked.active() == null ? track.active : checked.active();
        note(changes, "active", track.active, active, true);
        if (!sameLevels(track.levels, checked.levels())) {
            changes.add("levels: " + track.levels.size() + " -> " + checked.levels().size());
        }
        if (changes.isEmpty()) {
            return track;
        }
        apply(track, checked);
        track.active = active;
        track.updatedAt = Instant.now(clock);
        Track.getEntityManager().flush();
        audit.record(new AuditEvent(Actor.of(admin), "track.update", ENTITY, track.code, String.join("; ", changes)));
        return track;
    }

    /** The stored form of a code typed in any case, or empty when it cannot be one. */
    public static Optional<String> canonicalCode(String raw) {
        String code = PersianText.normalize(raw);
        if (code == null) {
            return Optional.empty();
        }
        code = code.toUpperCase(Locale.ROOT);
        return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    private void apply(Track track, Checked checked) {
        track.titleFa = checked.titleFa();
        track.titleEn = checked.titleEn();
        track.descriptionFa = checked.descriptionFa();
        track.descriptionEn = checked.descriptionEn();
        track.validityMonths = checked.validityMonths();
        if (!sameLevels(track.levels, checked.levels())) {
            track.levels.clear();
            track.levels.addAll(checked.levels());
        }
    }

    private void refuseRemovingUsedLevels(Track track, int keptLevels, Language language) {
        List<Integer> used = new ArrayList<>();
        long certificates = 0;
        long requests = 0;
        for (TrackLevel level : track.levels) {
            if (level.level <= keptLevels) {
                continue;
            }
            long certified = Certificate.count("track.id = ?1 and level = ?2", track.id, level.level);
            long asked = CertificationRequest.count("track.id = ?1 and (level = ?2 or grantedLevel = ?2)", track.id,
                    level.level);
            if (certified + asked > 0) {
                used.add(level.level);
                certificates += certified;
                requests += asked;
            }
        }
        if (!used.isEmpty()) {
            used.sort(Comparator.naturalOrder());
            throw new LevelInUse(used, certificates, requests, language);
        }
    }

    /**
     * Checks every field at once. Levels may come numbered or not; numbered ones must run
     * 1, 2, ... without a gap. {@code storedCode} is the track's code when it is changed;
     * {@code takenCode} the code of a new track when the catalog already has it.
     */
    private static Checked check(TrackForm form, String storedCode, String takenCode, Language language) {
        FieldChecks checks = new FieldChecks(language);
        List<FieldError> errors = new ArrayList<>();
        TrackForm given = form == null ? new TrackForm(null, null, null, null, null, null, null) : form;

        String code;
        if (storedCode == null) {
            code = checks.text("code", given.code(), true, 40);
            if (code != null) {
                code = code.toUpperCase(Locale.ROOT);
                if (checks.ok("code") && !CODE.matcher(code).matches()) {
                    errors.add(TrackInvalid.CODE_FORMAT.on("code", language));
                } else if (code.equals(takenCode)) {
                    errors.add(TrackInvalid.CODE_TAKEN.on("code", language, code));
                }
            }
        } else {
            code = storedCode;
            String sent = PersianText.normalize(given.code());
            if (sent != null && !sent.isEmpty() && !sent.toUpperCase(Locale.ROOT).equals(storedCode)) {
                errors.add(TrackInvalid.CODE_CHANGED.on("code", language));
            }
        }
        TrackForm.Texts title = given.title() == null ? new TrackForm.Texts(null, null) : given.title();
        String titleFa = checks.text("title.fa", title.fa(), true, TITLE_MAX);
        String titleEn = checks.text("title.en", title.en(), true, TITLE_MAX);
        TrackForm.Texts description = given.description() == null ? new TrackForm.Texts(null, null)
                : given.description();
        String descriptionFa = checks.text("description.fa", description.fa(), false, DESCRIPTION_MAX);
        String descriptionEn = checks.text("description.en", description.en(), false, DESCRIPTION_MAX);
        Integer validity = checks.number("validityMonths",
                given.validityMonths() == null ? null : given.validityMonths().toString(), VALIDITY_MIN, VALIDITY_MAX,
                true);
        List<TrackLevel> levels = levels(given.levels(), checks, errors, language);
        if (storedCode != null && given.version() == null) {
            checks.reject("version", Invalid.REQUIRED);
        }

        List<FieldError> all = new ArrayList<>(checks.errors());
        all.addAll(errors);
        if (!all.isEmpty()) {
            throw ProblemException.invalid(all);
        }
        return new Checked(code, titleFa, titleEn, descriptionFa, descriptionEn, validity, given.active(), levels,
                given.version());
    }

    private static List<TrackLevel> levels(List<TrackForm.LevelForm> given, FieldChecks checks,
            List<FieldError> errors, Language language) {
        if (given == null || given.isEmpty()) {
            errors.add(TrackInvalid.LEVELS_REQUIRED.on("levels", language));
            return List.of();
        }
        if (given.size() > MAX_LEVELS) {
            errors.add(TrackInvalid.TOO_MANY_LEVELS.on("levels", language, MAX_LEVELS));
            return List.of();
        }
        List<TrackLevel> levels = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            TrackForm.LevelForm level = given.get(i);
            TrackForm.Texts requirements = level == null || level.requirements() == null
                    ? new TrackForm.Texts(null, null)
                    : level.requirements();
            String field = "levels[" + i + "].requirements.";
            String fa = checks.text(field + "fa", requirements.fa(), true, REQUIREMENTS_MAX);
            String en = checks.text(field + "en", requirements.en(), true, REQUIREMENTS_MAX);
            int number = level == null || level.level() == null ? i + 1 : level.level();
            levels.add(new TrackLevel(number, fa, en));
        }
        levels.sort(Comparator.comparingInt(level -> level.level));
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).level != i + 1) {
                errors.add(TrackInvalid.LEVELS_CONTIGUOUS.on("levels", language));
                break;
            }
        }
        return levels;
    }

    private static boolean sameLevels(List<TrackLevel> stored, List<TrackLevel> wanted) {
        if (stored.size() != wanted.size()) {
            return false;
        }
        List<TrackLevel> ordered = stored.stream().sorted(Comparator.comparingInt(level -> level.level)).toList();
        for (int i = 0; i < ordered.size(); i++) {
            TrackLevel a = ordered.get(i);
            TrackLevel b = wanted.get(i);
            if (a.level != b.level || !Objects.equals(a.requirementsFa, b.requirementsFa)
                    || !Objects.equals(a.requirementsEn, b.requirementsEn)) {
                return false;
            }
        }
        return true;
    }

    /** Names a changed field in the audit summary; texts by name only, short values with both sides. */
    private static void note(List<String> changes, String field, Object before, Object after, boolean withValues) {
        if (!Objects.equals(before, after)) {
            changes.add(withValues ? field + ": " + before + " -> " + after : field);
        }
    }

    private static ProblemException codeTaken(String code, Language language) {
        return ProblemException.invalid(List.of(TrackInvalid.CODE_TAKEN.on("code", language, code)));
    }
}
