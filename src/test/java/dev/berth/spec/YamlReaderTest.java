package dev.berth.spec;

import dev.berth.diag.Diagnostic;
import dev.berth.diag.SourcePosition;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlReaderTest {
    static YamlReader.Result read(String yaml) {
        return YamlReader.read("s.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keepsThePositionOfEveryValueAndKey() {
        YamlDocument doc = read("a: 1\nb:\n  c: [x, {d: yes}]\n").document().orElseThrow();
        assertEquals(new SourcePosition("s.yaml", 3, 3), doc.sourceMap().keyPosition("/b/c"));
        assertEquals(new SourcePosition("s.yaml", 3, 6), doc.sourceMap().valuePosition("/b/c"));
        assertEquals(new SourcePosition("s.yaml", 3, 14), doc.sourceMap().valuePosition("/b/c/1/d"));
        // a missing key is placed at its nearest existing parent
        assertEquals(new SourcePosition("s.yaml", 3, 6), doc.sourceMap().valuePosition("/b/c/7"));
    }

    @Test
    void readsYaml12CoreScalarsSoDrbdsYesStaysAWord() {
        YamlDocument doc = read("a: yes\nb: true\nc: 0x10\nd: 1_000\ne: ~\nf: '12'\ng: 1.5\n").document().orElseThrow();
        assertTrue(doc.root().get("a").isString());
        assertTrue(doc.root().get("b").isBoolean());
        assertEquals(16, doc.root().get("c").asInt());
        assertTrue(doc.root().get("d").isString(), "YAML 1.2 has no digit separators");
        assertTrue(doc.root().get("e").isNull());
        assertTrue(doc.root().get("f").isString());
        assertTrue(doc.root().get("g").isNumber());
    }

    @Test
    void reportsEveryDuplicateKeyAndKeepsTheFirstValue() {
        YamlReader.Result result = read("a: 1\nb: 2\na: 3\nb: 4\n");
        assertEquals(2, result.diagnostics().size());
        assertEquals(1, result.document().orElseThrow().root().get("a").asInt());
        assertEquals("s.yaml:3:1: error: duplicate key 'a' (first defined at line 1) (at /a)", result.diagnostics().get(0).format());
    }

    @Test
    void refusesWhatIsNoStackDocumentWithOneClearLine() {
        assertOneError("", "s.yaml:1:1: error: file is empty; a stack starts with 'apiVersion: berth/v1'");
        assertOneError("- a\n- b\n", "s.yaml:1:1: error: the document is a list, but a stack is a mapping of keys to values");
        assertOneError("just words\n", "s.yaml:1:1: error: the document is a string, but a stack is a mapping of keys to values");
        assertOneError("a: &x [*x]\n", "s.yaml:1:4: error: recursive alias: this value contains itself (at /a/0)");
        assertOneError("a: !!binary aGk=\n", "s.yaml:1:4: error: unsupported YAML tag tag:yaml.org,2002:binary; write a plain value (at /a)");
        assertOneError("? [a]\n: b\n", "s.yaml:1:3: error: a key must be a plain word, not a list or mapping");
        assertOneError("a: 1\nb: \u0001\n", "s.yaml:2:4: error: control character U+0001 is not allowed in YAML; is this a binary file?");
    }

    @Test
    void refusesInvalidUtf8AndHugeFiles() {
        YamlReader.Result bad = YamlReader.read("s.yaml", new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28});
        assertEquals("s.yaml:1:1: error: file is not UTF-8 text", bad.diagnostics().get(0).format());
        YamlReader.Result huge = YamlReader.read("s.yaml", new byte[YamlReader.MAX_BYTES + 1]);
        assertFalse(huge.document().isPresent());
    }

    @Test
    void aByteOrderMarkIsNotAnError() {
        assertTrue(read("\uFEFFa: 1\n").document().isPresent());
    }

    private static void assertOneError(String yaml, String expected) {
        YamlReader.Result result = read(yaml);
        assertFalse(result.document().isPresent(), yaml);
        assertEquals(1, result.diagnostics().size(), result.diagnostics()::toString);
        Diagnostic only = result.diagnostics().get(0);
        assertEquals(expected, only.format());
    }
}
