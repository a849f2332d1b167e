package dev.berth.observed;

/** Why a resource's I/O is suspended ({@code suspended-user}, {@code -no-data}, {@code -fencing}, {@code -quorum}). */
public enum SuspendReason {
    USER, NO_DATA, FENCING, QUORUM
}
