package dev.berth.sim.drbd;

import java.util.List;
import java.util.Optional;

/** Picks a new resync source for a disk whose source went away (see {@link #run}). */
final class ResyncRestart {
    private ResyncRestart() {}

    /**
     * An Inconsistent disk that receives nothing but is connected to UpToDate data (its source
     * went away mid-resync) resyncs from the first such peer, as DRBD 9 picks another source.
     */
    static void run(List<Member> members, long now, long bytesPerSecond) {
        for (Member target : members) {
            if (target.down) continue;
            for (VolumeState volume : target.resource.volumes) {
                if (!volume.attached() || !volume.diskState.equals("Inconsistent") || Resync.receiving(target, volume.volume)) continue;
                Optional<MetadataState> mine = target.metadata(volume);
                for (ConnectionState toSource : target.resource.connections) {
                    if (!toSource.connected() || mine.isEmpty()) continue;
                    Optional<Member> source = target.peer(members, toSource);
                    Optional<VolumeState> theirs = source.flatMap(s -> s.resource.volume(volume.volume))
                            .filter(v -> v.attached() && v.diskState.equals("UpToDate"));
                    Optional<ConnectionState> toTarget = source.flatMap(s -> s.resource.connection(target.resource.nodeId));
                    if (theirs.isEmpty() || toTarget.isEmpty() || source.get().metadata(theirs.get()).isEmpty()) continue;
                    Generations.Decision decision = Generations.decide(
                            new Generations.Side(mine.get(), target.resource.nodeId, volume.diskState),
                            new Generations.Side(source.get().metadata(theirs.get()).get(), source.get().resource.nodeId, "UpToDate"),
                            Math.min(volume.sizeSectors, theirs.get().sizeSectors));
                    if (decision.kind() != Generations.Kind.B_TO_A) continue;
                    Resync.start(source.get(), toTarget.get(), target, toSource, volume.volume, decision.sectors(), now, bytesPerSecond);
                    break;
                }
            }
        }
    }
}
