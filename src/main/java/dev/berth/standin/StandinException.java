package dev.berth.standin;

/** A stand-in that cannot run as set up (a missing shared folder, a bad file): one line for stderr. */
final class StandinException extends RuntimeException {
    StandinException(String message) {
        super(message);
    }
}
