package dev.berth.drbd;

/**
 * The drbdadm verbs Berth expands. Each says what it addresses: the whole resource, its volumes
 * ({@code r0/1} narrows to one) or its connections ({@code r0:peer} narrows to one peer).
 */
public enum DrbdadmVerb {
    UP("up", Scope.RESOURCE),
    DOWN("down", Scope.RESOURCE),
    ADJUST("adjust", Scope.RESOURCE),
    CREATE_MD("create-md", Scope.VOLUME),
    RESIZE("resize", Scope.VOLUME),
    NEW_CURRENT_UUID("new-current-uuid", Scope.VOLUME),
    ATTACH("attach", Scope.VOLUME),
    DETACH("detach", Scope.VOLUME),
    CONNECT("connect", Scope.CONNECTION),
    DISCONNECT("disconnect", Scope.CONNECTION),
    DEL_PEER("del-peer", Scope.CONNECTION),
    FORGET_PEER("forget-peer", Scope.CONNECTION),
    PRIMARY("primary", Scope.RESOURCE),
    SECONDARY("secondary", Scope.RESOURCE);

    /** What a verb's target may name besides the resource. */
    public enum Scope { RESOURCE, VOLUME, CONNECTION }

    private final String word;
    private final Scope scope;

    DrbdadmVerb(String word, Scope scope) {
        this.word = word;
        this.scope = scope;
    }

    /** The verb as typed on the drbdadm command line. */
    public String word() { return word; }

    public Scope scope() { return scope; }

    /** Verbs that work on the local backing disk and that drbdadm refuses (exit 10) for a diskless volume. */
    boolean needsLocalDisk() {
        return this == CREATE_MD || this == RESIZE || this == ATTACH || this == DETACH;
    }
}
