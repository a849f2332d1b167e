package dev.berth.drbd;

import java.util.EnumSet;
import java.util.Set;

/**
 * The options after {@code --} that drbdadm hands on to drbdsetup or drbdmeta unchanged, and the
 * verbs each belongs to. The enum order is the order they are written in, both on the drbdadm
 * line and on the expanded line, so a prediction and the real tool agree.
 */
public enum VerbFlag {
    /** create-md: overwrite without asking; primary: promote although not UpToDate (starts a full sync). */
    FORCE("--force", EnumSet.of(DrbdadmVerb.CREATE_MD, DrbdadmVerb.PRIMARY)),
    /** resize: the new area needs no resync (thin or zeroed backing). */
    ASSUME_CLEAN("--assume-clean", EnumSet.of(DrbdadmVerb.RESIZE)),
    /** new-current-uuid: declare all replicas identical, skipping the initial sync (fresh devices only). */
    CLEAR_BITMAP("--clear-bitmap", EnumSet.of(DrbdadmVerb.NEW_CURRENT_UUID)),
    /** new-current-uuid: this node becomes UpToDate and the sync source for the others. */
    FORCE_RESYNC("--force-resync", EnumSet.of(DrbdadmVerb.NEW_CURRENT_UUID));

    private final String option;
    private final Set<DrbdadmVerb> verbs;

    VerbFlag(String option, Set<DrbdadmVerb> verbs) {
        this.option = option;
        this.verbs = verbs;
    }

    public String option() { return option; }

    public boolean appliesTo(DrbdadmVerb verb) { return verbs.contains(verb); }
}
