package dev.berth.spec;

import dev.berth.diag.Diagnostic;
import dev.berth.diag.JsonPointer;
import dev.berth.diag.SourcePosition;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns a composed YAML node tree into a JSON tree, recording positions and reporting what JSON cannot hold. */
final class YamlTreeConverter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String file;
    private final Map<String, SourcePosition> values = new HashMap<>();
    private final Map<String, SourcePosition> keys = new HashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Duplicate keys keep the first value and checking goes on; anything else stops here. */
    private boolean fatal;

    YamlTreeConverter(String file) { this.file = file; }

    YamlReader.Result convert(Node root) {
        JsonNode tree = toJson(root, "");
        if (!tree.isObject() && diagnostics.isEmpty()) {
            diagnostics.add(error(root, "", "the document is a " + describe(tree) + ", but a stack is a mapping of keys to values"));
        }
        if (!tree.isObject()) fatal = true;
        if (fatal) return new YamlReader.Result(Optional.empty(), diagnostics);
        return new YamlReader.Result(Optional.of(new YamlDocument(tree, new SourceMap(file, values, keys))), diagnostics);
    }

    private JsonNode toJson(Node node, String pointer) {
        values.put(pointer, position(node));
        if (!onPath.add(node)) {
            diagnostics.add(error(node, pointer, "recursive alias: this value contains itself"));
            fatal = true;
            return JSON.nullNode();
        }
        try {
            if (node instanceof MappingNode mapping) return mapping(mapping, pointer);
            if (node instanceof SequenceNode sequence) return sequence(sequence, pointer);
            return scalar((ScalarNode) node, pointer);
        } finally {
            onPath.remove(node);
        }
    }

    private JsonNode mapping(MappingNode mapping, String pointer) {
        ObjectNode object = JSON.objectNode();
        Map<String, SourcePosition> seen = new HashMap<>();
        for (NodeTuple entry : mapping.getValue()) {
            if (!(entry.getKeyNode() instanceof ScalarNode keyNode)) {
                diagnostics.add(error(entry.getKeyNode(), pointer, "a key must be a plain word, not a list or mapping"));
                fatal = true;
                continue;
            }
            String key = keyNode.getValue();
            String child = JsonPointer.child(pointer, key);
            SourcePosition first = seen.putIfAbsent(key, position(keyNode));
            if (first != null) {
                diagnostics.add(error(keyNode, child, "duplicate key '" + key + "' (first defined at line " + first.line() + ")"));
                continue;
            }
            keys.put(child, position(keyNode));
            object.set(key, toJson(entry.getValueNode(), child));
        }
        return object;
    }

    private JsonNode sequence(SequenceNode sequence, String pointer) {
        ArrayNode array = JSON.arrayNode();
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) array.add(toJson(items.get(i), JsonPointer.child(pointer, i)));
        return array;
    }

    private JsonNode scalar(ScalarNode scalar, String pointer) {
        Tag tag = scalar.getTag();
        String text = scalar.getValue();
        if (Tag.STR.equals(tag)) return JSON.stringNode(text);
        if (Tag.NULL.equals(tag)) return JSON.nullNode();
        if (Tag.BOOL.equals(tag)) return JSON.booleanNode(text.toLowerCase(Locale.ROOT).equals("true"));
        if (Tag.INT.equals(tag)) return integer(scalar, pointer, text);
        if (Tag.FLOAT.equals(tag)) return decimal(scalar, pointer, text);
        diagnostics.add(error(scalar, pointer, "unsupported YAML tag " + tag + "; write a plain value"));
        fatal = true;
        return JSON.nullNode();
    }

    private JsonNode integer(ScalarNode scalar, String pointer, String text) {
        try {
            String digits = text.replace("_", "");
            boolean negative = digits.startsWith("-");
            String unsigned = digits.startsWith("-") || digits.startsWith("+") ? digits.substring(1) : digits;
            BigInteger value = unsigned.startsWith("0x") ? new BigInteger(unsigned.substring(2), 16)
                    : unsigned.startsWith("0o") ? new BigInteger(unsigned.substring(2), 8) : new BigInteger(unsigned);
            return JSON.numberNode(negative ? value.negate() : value);
        } catch (NumberFormatException e) {
            diagnostics.add(error(scalar, pointer, "'" + text + "' is not a number"));
            fatal = true;
            return JSON.nullNode();
        }
    }

    private JsonNode decimal(ScalarNode scalar, String pointer, String text) {
        try {
            return JSON.numberNode(new BigDecimal(text));
        } catch (NumberFormatException e) { // .inf and .nan have no JSON form; no field of a stack takes them
            return JSON.stringNode(text);
        }
    }

    private SourcePosition position(Node node) {
        return node.getStartMark().map(m -> new SourcePosition(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(SourcePosition.startOf(file));
    }

    private Diagnostic error(Node node, String pointer, String message) {
        return Diagnostic.error(pointer, message).at(position(node));
    }

    static String describe(JsonNode node) {
        if (node.isArray()) return "list";
        if (node.isNull()) return "null";
        if (node.isString()) return "string";
        if (node.isBoolean()) return "boolean";
        if (node.isNumber()) return "number";
        return "mapping";
    }
}
