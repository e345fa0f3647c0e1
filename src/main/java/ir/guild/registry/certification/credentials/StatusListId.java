package ir.guild.registry.certification.credentials;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the guild's status lists: its purpose and its number, written {@code revocation-0}.
 * Status positions come from one sequence shared by certificates and memberships; each list
 * holds {@link #SIZE} of them.
 */
public record StatusListId(StatusPurpose purpose, long number) {

    /** Entries per list: the smallest size the specification allows, 16 KiB before compression. */
    public static final int SIZE = 131_072;

    private static final Pattern FORM = Pattern.compile("(revocation|suspension)-(0|[1-9][0-9]{0,8})");

    /** The list that holds the credential at {@code statusIndex}. */
    public static StatusListId holding(StatusPurpose purpose, long statusIndex) {
        return new StatusListId(purpose, statusIndex / SIZE);
    }

    /** The position of {@code statusIndex} within its list. */
    public static int position(long statusIndex) {
        return (int) (statusIndex % SIZE);
    }

    public static Optional<StatusListId> parse(String id) {
        Matcher matcher = id == null ? null : FORM.matcher(id);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new StatusListId(StatusPurpose.valueOf(matcher.group(1).toUpperCase(Locale.ROOT)),
                Long.parseLong(matcher.group(2))));
    }

    /** The first status index the list holds. */
    public long firstIndex() {
        return number * SIZE;
    }

    /** The last status index the list holds. */
    public long lastIndex() {
        return firstIndex() + SIZE - 1;
    }

    @Override
    public String toString() {
        return purpose.value() + "-" + number;
    }
}
