package dev.berth.discovery.parse;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outputs of one host's batch, filed by {@link BatchSlot}; the blkid probes kept in batch order. */
final class BatchOutputs {
    private final Map<BatchSlot, CommandOutput> bySlot = new EnumMap<>(BatchSlot.class);
    private final List<CommandOutput> signatures = new ArrayList<>();
    private final List<CommandOutput> all = new ArrayList<>();

    BatchOutputs(String host, List<Command> commands, List<CommandResult> results) {
        for (int i = 0; i < commands.size(); i++) {
            CommandOutput output = new CommandOutput(host, commands.get(i), results.get(i));
            all.add(output);
            Optional<BatchSlot> slot = BatchSlot.of(output.command());
            if (slot.isEmpty()) continue;
            if (slot.get() == BatchSlot.DEVICE_SIGNATURES) signatures.add(output);
            else bySlot.putIfAbsent(slot.get(), output);
        }
    }

    Optional<CommandOutput> get(BatchSlot slot) { return Optional.ofNullable(bySlot.get(slot)); }

    List<CommandOutput> signatures() { return signatures; }

    List<CommandOutput> all() { return all; }
}
