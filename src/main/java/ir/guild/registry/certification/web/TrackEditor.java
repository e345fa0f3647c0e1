package ir.guild.registry.certification.web;

import java.util.ArrayList;
import java.util.List;

import ir.guild.registry.certification.Track;
import ir.guild.registry.certification.TrackService;
import ir.guild.registry.membership.web.FormErrors;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.web.Language;

/**
 * The admins' track form as a page draws it: the values to show (stored, or as typed when
 * refused), an error by each field, and what happened last.
 *
 * @param notice {@code created} or {@code saved} after a change went through, else null
 * @param conflict the track changed underneath the admin; the stored values are shown
 * @param levelsInUse the levels a refused change tried to remove, as shown, else null
 */
public record TrackEditor(boolean editing, String code, String titleFa, String titleEn, String descriptionFa,
        String descriptionEn, String validityMonths, boolean active, String version, List<Slot> levels,
        FormErrors errors, String notice, boolean conflict, String levelsInUse) {

    /** Levels the form shows open; the others up to the maximum sit under "more levels". */
    static final int DEFAULT_LEVELS = 3;

    /** One level's pair of fields. */
    public record Slot(int level, String levelShown, String fa, String en) {

        public String faName() {
            return "levels[" + (level - 1) + "].requirements.fa";
        }

        public String enName() {
            return "levels[" + (level - 1) + "].requirements.en";
        }

        public String faId() {
            return "level-" + level + "-fa";
        }

        public String enId() {
            return "level-" + level + "-en";
        }

        boolean filled() {
            return !TrackFields.blank(fa) || !TrackFields.blank(en);
        }
    }

    /** An empty new track: active, three levels open. */
    static TrackEditor blank(Language language) {
        return new TrackEditor(false, "", "", "", "", "", "", true, "", slots(List.of(), language),
                FormErrors.none(), null, false, null);
    }

    static TrackEditor of(Track track, Language language) {
        List<String[]> texts = track.levels.stream()
                .map(level -> new String[] { level.requirementsFa, level.requirementsEn }).toList();
        return new TrackEditor(true, track.code, track.titleFa, track.titleEn, orEmpty(track.descriptionFa),
                orEmpty(track.descriptionEn), Integer.toString(track.validityMonths), track.active,
                Integer.toString(track.version), slots(texts, language), FormErrors.none(), null, false, null);
    }

    /** The form as the admin typed it. */
    static TrackEditor typed(boolean editing, String storedCode, TrackFields fields, Language language) {
        return new TrackEditor(editing, editing ? storedCode : orEmpty(fields.code), orEmpty(fields.titleFa),
                orEmpty(fields.titleEn), orEmpty(fields.descriptionFa), orEmpty(fields.descriptionEn),
                orEmpty(fields.validityMonths), fields.activeChecked(), orEmpty(fields.version),
                slots(fields.slots(), language), FormErrors.none(), null, false, null);
    }

    TrackEditor withErrors(FormErrors errors) {
        return new TrackEditor(editing, code, titleFa, titleEn, descriptionFa, descriptionEn, validityMonths, active,
                version, levels, errors, notice, conflict, levelsInUse);
    }

    TrackEditor withNotice(String notice) {
        return new TrackEditor(editing, code, titleFa, titleEn, descriptionFa, descriptionEn, validityMonths, active,
                version, levels, errors, notice, conflict, levelsInUse);
    }

    TrackEditor withConflict() {
        return new TrackEditor(editing, code, titleFa, titleEn, descriptionFa, descriptionEn, validityMonths, active,
                version, levels, errors, notice, true, levelsInUse);
    }

    TrackEditor withLevelsInUse(String shown) {
        return new TrackEditor(editing, code, titleFa, titleEn, descriptionFa, descriptionEn, validityMonths, active,
                version, levels, errors, notice, conflict, shown);
    }

    public String action() {
        return editing ? "/admin/tracks/" + code : "/admin/tracks";
    }

    /** The slots shown open: at least three, and every one up to the last filled or refused. */
    public List<Slot> openLevels() {
        return levels.subList(0, openCount());
    }

    public List<Slot> moreLevels() {
        return levels.subList(openCount(), levels.size());
    }

    /** Whether the "more levels" part starts unfolded: when one of its fields holds text or an error. */
    public boolean moreLevelsOpen() {
        return moreLevels().stream().anyMatch(slot -> slot.filled() || errors.has(slot.faName())
                || errors.has(slot.enName()));
    }

    private int openCount() {
        int open = DEFAULT_LEVELS;
        for (Slot slot : levels) {
            if (slot.filled()) {
                open = Math.max(open, slot.level());
            }
        }
        return open;
    }

    private static List<Slot> slots(List<String[]> texts, Language language) {
        List<Slot> slots = new ArrayList<>();
        for (int level = 1; level <= TrackService.MAX_LEVELS; level++) {
            String[] pair = level <= texts.size() ? texts.get(level - 1) : new String[] { "", "" };
            slots.add(new Slot(level, LocalDigits.of(level, language), orEmpty(pair[0]), orEmpty(pair[1])));
        }
        return slots;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
