package dev.berth.testing;

import dev.berth.drbd.DrbdadmExpander;
import dev.berth.drbd.DrbdadmVerb;
import dev.berth.drbd.Expansion;
import dev.berth.drbd.ResourceConfig;
import dev.berth.drbd.VerbFlag;
import dev.berth.drbd.VerbRequest;
import dev.berth.model.Command;
import dev.berth.ops.HostCommand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the planner will store as a step's {@code predicted} lines: each drbdadm command of the
 * step read back into a {@link VerbRequest} and expanded by the real {@link DrbdadmExpander}
 * for the resource file the step writes (no secret value: its placeholder shows instead).
 * Lines a verb does not expand to (sh-nop, or a verb the expander refuses) predict nothing.
 */
final class Predictions {
    private Predictions() {}

    static List<String> of(List<HostCommand> commands, ResourceConfig config, String host) {
        List<String> lines = new ArrayList<>();
        for (HostCommand command : commands) {
            request(command.command()).ifPresent(request -> {
                Expansion expansion = DrbdadmExpander.expand(config, host, request, Optional.empty());
                expansion.commands().forEach(c -> lines.add(c.shellQuoted()));
            });
        }
        return lines;
    }

    /** {@code drbdadm [--max-peers N] [-- flags] verb target}, as {@link VerbRequest#drbdadmArgv} writes it. */
    static Optional<VerbRequest> request(Command command) {
        List<String> argv = command.argv();
        if (!command.program().equals("drbdadm")) return Optional.empty();
        Optional<DrbdadmVerb> verb = Optional.empty();
        int at = 1;
        for (; at < argv.size(); at++) {
            String word = argv.get(at);
            verb = Arrays.stream(DrbdadmVerb.values()).filter(v -> v.word().equals(word)).findFirst();
            if (verb.isPresent()) break;
        }
        if (verb.isEmpty() || at + 1 >= argv.size()) return Optional.empty();
        String target = argv.get(at + 1);
        String resource = target.split("[/:]", 2)[0];
        VerbRequest request = VerbRequest.of(verb.get(), resource);
        if (target.contains("/")) request = request.onVolume(Integer.parseInt(target.substring(target.indexOf('/') + 1)));
        if (target.contains(":")) request = request.toPeer(target.substring(target.indexOf(':') + 1));
        int maxPeers = argv.indexOf("--max-peers");
        if (maxPeers > 0) request = request.withMaxPeers(Integer.parseInt(argv.get(maxPeers + 1)));
        for (VerbFlag flag : VerbFlag.values()) {
            if (argv.subList(1, at).contains(flag.option())) request = request.with(flag);
        }
        return Optional.of(request);
    }
}
