package dev.berth.apply;

import dev.berth.observed.ConnectionState;
import dev.berth.observed.ConnectionStatus;
import dev.berth.observed.PeerDeviceStatus;
import dev.berth.observed.ResourceStatus;
import dev.berth.ops.Statuses;
import dev.berth.ops.WaitCondition;
import dev.berth.transport.HostException;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Polls a wait's condition on each of its nodes until it holds or the deadline passes. Past the
 * deadline the wait is not a failure: a resync that is merely slow must not be rolled back, so
 * the apply pauses and can be resumed. Progress is the slowest peer's resync percentage.
 */
final class WaitPoller {
    enum Result { SATISFIED, DEADLINE_PASSED }

    /** The slowest peer's resync percentage, and the longest time DRBD estimates any peer still needs. */
    record Progress(Optional<Double> percent, Optional<Duration> remaining) {}

    private final LiveStatus status;
    private final Sleeper sleeper;
    private final Duration deadline;
    private final Duration interval;

    WaitPoller(LiveStatus status, Sleeper sleeper, Duration deadline, Duration interval) {
        this.status = status;
        this.sleeper = sleeper;
        this.deadline = deadline;
        this.interval = interval;
    }

    Result await(WaitCondition condition, Consumer<Progress> progress) throws HostException, InterruptedException {
        Instant end = sleeper.now().plus(deadline);
        while (true) {
            Optional<Double> slowest = Optional.empty();
            Optional<Long> longest = Optional.empty();
            boolean holds = true;
            for (String node : condition.nodes()) {
                Optional<ResourceStatus> live = status.of(node, condition.resource());
                holds &= holds(condition, live);
                Optional<Double> percent = resyncPercent(live);
                if (percent.isPresent() && (slowest.isEmpty() || percent.get() < slowest.get())) slowest = percent;
                Optional<Long> estimate = estimatedSeconds(live);
                if (estimate.isPresent() && (longest.isEmpty() || estimate.get() > longest.get())) longest = estimate;
            }
            if (holds) return Result.SATISFIED;
            if (!sleeper.now().isBefore(end)) return Result.DEADLINE_PASSED;
            // at 0% DRBD has measured no rate yet and its estimate is meaningless (hundreds of thousands of hours)
            boolean measured = slowest.isPresent() && slowest.get() > 0;
            progress.accept(new Progress(slowest, measured ? longest.map(Duration::ofSeconds) : Optional.empty()));
            sleeper.sleep(interval);
        }
    }

    static boolean holds(WaitCondition condition, Optional<ResourceStatus> live) {
        if (live.isEmpty()) return false;
        if (condition.kind() == WaitCondition.Kind.UP_TO_DATE) return Statuses.allUpToDate(live);
        for (ConnectionStatus connection : live.get().connections()) {
            if (condition.nodes().contains(connection.name()) && !connection.connectionState().is(ConnectionState.CONNECTED)) return false;
        }
        return live.get().connections().stream().filter(c -> condition.nodes().contains(c.name())).count() >= condition.nodes().size() - 1;
    }

    private static Optional<Long> estimatedSeconds(Optional<ResourceStatus> live) {
        return live.stream().flatMap(s -> s.connections().stream()).flatMap(c -> c.peerDevices().stream())
                .map(PeerDeviceStatus::estimatedSecondsToFinish).flatMap(Optional::stream).max(Long::compare);
    }

    private static Optional<Double> resyncPercent(Optional<ResourceStatus> live) {
        return live.stream().flatMap(s -> s.connections().stream()).flatMap(c -> c.peerDevices().stream())
                .map(PeerDeviceStatus::percentResyncDone).flatMap(Optional::stream).map(p -> p.doubleValue()).min(Double::compare);
    }
}
