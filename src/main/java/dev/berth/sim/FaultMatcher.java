package dev.berth.sim;

import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a planted fault hits a command, and counts: every matching command moves the
 * fault's counter, whether it is let through ({@code after}) or hit ({@code times}); a fault that
 * has hit its last command is removed. The first fault that hits wins; another that would have
 * hit the same command waits for the next one.
 */
final class FaultMatcher {
    private FaultMatcher() {}

    static Optional<Fault.Mode> hit(HostState state, String line) {
        Optional<Fault.Mode> hit = Optional.empty();
        for (int i = 0; i < state.faults.size(); i++) {
            HostState.PlantedFault planted = state.faults.get(i);
            if (!matches(planted.fault().glob(), line)) continue;
            int matched = planted.matched() + 1;
            boolean hits = matched > planted.fault().after();
            // a second fault that would hit the same command keeps its turn for the next one
            if (hits && hit.isPresent()) continue;
            state.faults.set(i, new HostState.PlantedFault(planted.fault(), matched));
            if (hits) hit = Optional.of(planted.fault().mode());
        }
        for (Iterator<HostState.PlantedFault> it = state.faults.iterator(); it.hasNext(); ) if (it.next().exhausted()) it.remove();
        return hit;
    }

    /** Shell-style glob over the whole line: {@code *} any text (spaces and slashes too), {@code ?} one character. */
    static boolean matches(String glob, String line) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') regex.append(".*");
            else if (c == '?') regex.append('.');
            else regex.append(Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(line).matches();
    }
}
