package dev.berth.spec;

import dev.berth.desired.DesiredCluster;
import dev.berth.diag.Diagnostic;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading a stack: the desired cluster when there is no error, every diagnostic
 * (sorted by position) either way, and the digest of the document's content (comments and
 * formatting do not change it).
 */
public record LoadedStack(String file, Optional<DesiredCluster> cluster, List<Diagnostic> diagnostics, Optional<String> digest) {
    public LoadedStack {
        diagnostics = diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList();
    }

    public boolean isValid() { return cluster.isPresent(); }

    public List<Diagnostic> errors() { return diagnostics.stream().filter(Diagnostic::isError).toList(); }

    public List<Diagnostic> warnings() { return diagnostics.stream().filter(d -> !d.isError()).toList(); }
}
