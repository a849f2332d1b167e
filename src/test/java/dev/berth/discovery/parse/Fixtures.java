package dev.berth.discovery.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.diag.Diagnostic;
import dev.berth.model.Command;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the verbatim (and the clearly named constructed-*) tool outputs under src/test/resources/fixtures. */
final class Fixtures {
    static final String HOST = "alpha";

    private Fixtures() {}

    /** The file's text, or "" when it does not exist (a missing .stderr means empty stderr). */
    static String text(String tool, String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + tool + "/" + name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String required(String tool, String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + tool + "/" + name)) {
            if (in == null) throw new AssertionError("no fixture " + tool + "/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture's stdout (and its .stderr beside it, if any) as the output of {@code command} on {@link #HOST}. */
    static CommandOutput output(Command command, int exitCode, String tool, String stdoutFile) {
        String stem = stdoutFile.contains(".") ? stdoutFile.substring(0, stdoutFile.lastIndexOf('.')) : stdoutFile;
        return CommandOutput.of(HOST, command, exitCode, required(tool, stdoutFile), text(tool, stem + ".stderr"));
    }

    static CommandOutput output(Command command, int exitCode, String stdout) {
        return CommandOutput.of(HOST, command, exitCode, stdout, "");
    }

    static <T> T value(Parsed<T> parsed) {
        assertTrue(parsed.succeeded(), () -> "expected a value, got " + parsed.diagnostic().map(Diagnostic::format).orElse("?"));
        return parsed.value().orElseThrow();
    }

    /** The failure's formatted diagnostic, after checking that it names the host and the command. */
    static String failure(Parsed<?> parsed, CommandOutput output) {
        assertTrue(parsed.diagnostic().isPresent(), () -> "expected a diagnostic, got " + parsed.value().orElseThrow());
        String text = parsed.diagnostic().orElseThrow().format();
        assertTrue(text.contains(HOST + ": " + output.command().shellQuoted()), () -> "host and command not named: " + text);
        return text;
    }

    /** Checks that the diagnostic points at {@code line} (and {@code column} when > 0). */
    static void assertAt(Parsed<?> parsed, int line, int column) {
        var position = parsed.diagnostic().orElseThrow().position().orElseThrow();
        assertEquals(line, position.line(), () -> parsed.diagnostic().orElseThrow().format());
        if (column > 0) assertEquals(column, position.column(), () -> parsed.diagnostic().orElseThrow().format());
    }
}
