package dev.berth.diag;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DidYouMeanTest {
    static final List<String> KEYS = List.of("protocol", "verify-alg", "csums-alg", "max-buffers", "labels", "replicas");

    @Test
    void suggestsTheClosestKnownWord() {
        assertEquals(Optional.of("protocol"), DidYouMean.suggest("protocl", KEYS));
        assertEquals(Optional.of("protocol"), DidYouMean.suggest("Protocol", KEYS));
        assertEquals(Optional.of("labels"), DidYouMean.suggest("lables", KEYS));
        assertEquals(Optional.of("replicas"), DidYouMean.suggest("replica", KEYS));
        assertEquals(Optional.of("max-buffers"), DidYouMean.suggest("max-buf", KEYS));
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertEquals(Optional.empty(), DidYouMean.suggest("zone", KEYS));
        assertEquals(Optional.empty(), DidYouMean.suggest("x", KEYS));
    }
}
