package dev.berth.drbd;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One drbdadm invocation: verb, resource, an optional volume or peer, {@code --max-peers} for
 * create-md and the pass-through flags. {@link #drbdadmArgv()} is the line an operator would type;
 * {@link DrbdadmExpander} predicts what that line runs.
 */
public record VerbRequest(DrbdadmVerb verb, String resource, OptionalInt volume, Optional<String> peer,
                          OptionalInt maxPeers, Set<VerbFlag> flags) {
    public VerbRequest {
        Objects.requireNonNull(verb, "verb");
        Names.requireResourceName(resource);
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(maxPeers, "maxPeers");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        if (volume.isPresent() && verb.scope() != DrbdadmVerb.Scope.VOLUME) throw new IllegalArgumentException(verb.word() + " takes no volume");
        if (peer.isPresent() && verb.scope() != DrbdadmVerb.Scope.CONNECTION) throw new IllegalArgumentException(verb.word() + " takes no peer");
        peer.ifPresent(Names::requireHostname);
        if (maxPeers.isPresent() && verb != DrbdadmVerb.CREATE_MD) throw new IllegalArgumentException("--max-peers belongs to create-md");
        // drbdmeta accepts 1..31 peer slots (DRBD_PEERS_MAX 32 minus the node itself).
        if (maxPeers.isPresent() && (maxPeers.getAsInt() < 1 || maxPeers.getAsInt() > 31)) throw new IllegalArgumentException("--max-peers out of range 1..31");
        for (VerbFlag flag : flags) {
            if (!flag.appliesTo(verb)) throw new IllegalArgumentException(flag.option() + " does not apply to " + verb.word());
        }
    }

    public static VerbRequest of(DrbdadmVerb verb, String resource) {
        return new VerbRequest(verb, resource, OptionalInt.empty(), Optional.empty(), OptionalInt.empty(), Set.of());
    }

    public VerbRequest onVolume(int number) { return new VerbRequest(verb, resource, OptionalInt.of(number), peer, maxPeers, flags); }

    public VerbRequest toPeer(String hostname) { return new VerbRequest(verb, resource, volume, Optional.of(hostname), maxPeers, flags); }

    public VerbRequest withMaxPeers(int slots) { return new VerbRequest(verb, resource, volume, peer, OptionalInt.of(slots), flags); }

    public VerbRequest with(VerbFlag flag) {
        var more = flags.isEmpty() ? EnumSet.noneOf(VerbFlag.class) : EnumSet.copyOf(flags);
        more.add(flag);
        return new VerbRequest(verb, resource, volume, peer, maxPeers, more);
    }

    /** The flags in their fixed order. */
    public List<VerbFlag> orderedFlags() {
        return flags.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(flags));
    }

    /** {@code r0}, {@code r0/1} or {@code r0:beta}: drbdadm's way to name what a verb acts on. */
    public String target() {
        if (volume.isPresent()) return resource + "/" + volume.getAsInt();
        return peer.map(p -> resource + ":" + p).orElse(resource);
    }

    /** {@code drbdadm [--max-peers N] [-- flags] verb target}. */
    public List<String> drbdadmArgv() {
        var argv = new ArrayList<String>(List.of("drbdadm"));
        maxPeers.ifPresent(n -> argv.addAll(List.of("--max-peers", Integer.toString(n))));
        if (!flags.isEmpty()) {
            argv.add("--");
            orderedFlags().forEach(f -> argv.add(f.option()));
        }
        argv.add(verb.word());
        argv.add(target());
        return argv;
    }
}
