package dev.berth.drbd;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written name checks accept exactly what their regular expressions describe. */
class NamesTest {
    private static final Pattern RESOURCE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+-]{0,47}");
    private static final Pattern HOSTNAME = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_.-]{0,251}[A-Za-z0-9_])?");

    @Test
    void handWrittenChecksAgreeWithThePatterns() {
        List<String> edges = List.of("", "a", "-a", "a-", ".a", "a.", "_", "r+1", "r 1", "é", "a".repeat(48), "a".repeat(49),
                "h".repeat(253), "h".repeat(254), "worker-1.example.org", "worker_1", "a..b", "a\n", "+a");
        for (String name : edges) check(name);
        Random random = new Random(11);
        String alphabet = "aZ09_.+-@ /é\n";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(i % 100 == 0 ? 300 : 8);
            for (int k = 0; k < length; k++) name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            check(name.toString());
        }
    }

    private static void check(String name) {
        assertEquals(RESOURCE.matcher(name).matches(), Names.isResourceName(name), "resource name '" + name + "'");
        assertEquals(HOSTNAME.matcher(name).matches(), Names.isHostname(name), "host name '" + name + "'");
    }
}
