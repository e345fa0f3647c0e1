package ir.guild.registry.legalaid;

/** What a line of a case's timeline is. Internal notes are for counsel and admins only. */
public enum EntryKind {
    STATUS_CHANGE, MESSAGE, INTERNAL_NOTE;

    public boolean sharedWithMember() {
        return this != INTERNAL_NOTE;
    }
}
