package dev.berth.discovery.parse;

import dev.berth.observed.Finding;
import dev.berth.observed.FindingKind;
import dev.berth.observed.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs the parser of one batch slot and collects what the host inventory needs besides the
 * value: the parser's notes, the reason when the value is unknown, and a missing tool as its own
 * finding. Findings keep batch order and are listed once.
 */
final class SlotReader {
    private final BatchOutputs outputs;
    private final List<Finding> findings = new ArrayList<>();

    SlotReader(BatchOutputs outputs) { this.outputs = outputs; }

    CommandOutput output(BatchSlot slot) {
        return outputs.get(slot).orElseThrow(() -> new IllegalArgumentException("the discovery batch has no " + slot + " command"));
    }

    /**
     * The slot's reading. When the program is not installed the reading is unknown for that
     * reason ({@code missingKind}); otherwise the parser decides.
     */
    <T> Reading<T> read(BatchSlot slot, Function<CommandOutput, Parsed<T>> parser, FindingKind missingKind) {
        CommandOutput output = output(slot);
        Optional<Finding> missing = missing(output, missingKind);
        if (missing.isPresent()) return Reading.unknown(missing.get());
        return record(output, parser.apply(output));
    }

    /** The parsed value as a reading, with its notes and its failure recorded as findings. */
    <T> Reading<T> record(CommandOutput output, Parsed<T> parsed) {
        parsed.notes().forEach(this::add);
        Reading<T> reading = parsed.toReading(output);
        reading.reason().ifPresent(this::add);
        return reading;
    }

    /** A finding of {@code kind} when the command's program is not installed. */
    Optional<Finding> missing(CommandOutput output, FindingKind kind) {
        if (!MissingTool.isMissing(output)) return Optional.empty();
        Finding finding = new Finding(kind, output.command().program() + " is not installed: "
                + output.result().firstErrorLine(), output.command());
        add(finding);
        return Optional.of(finding);
    }

    List<CommandOutput> signaturesOutputs() { return outputs.signatures(); }

    void add(Finding finding) {
        if (!findings.contains(finding)) findings.add(finding);
    }

    /** Every finding, with a tool's stderr on success recorded as a warning (LVM's activation notice, drbdadm's modinfo). */
    List<Finding> findings() {
        List<Finding> all = new ArrayList<>(findings);
        for (CommandOutput output : outputs.all()) {
            if (output.exitCode() == 0 && !output.stderr().isBlank()) {
                all.add(new Finding(FindingKind.TOOL_WARNING,
                        String.join(" | ", output.stderr().lines().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList()),
                        output.command()));
            }
        }
        return all;
    }
}
