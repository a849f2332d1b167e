package dev.berth.spec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random edits of a valid stack, for the property test. Tree edits are written back as JSON,
 * which is YAML too. Each edit says whether it is invalid by construction.
 */
final class StackMutations {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    record Mutation(String description, byte[] content, boolean invalidByConstruction) {}

    private StackMutations() {}

    static Mutation any(Random random, JsonNode document, byte[] text) {
        switch (random.nextInt(9)) {
            case 0: return deleteAnyKey(random, document);
            case 1: return replaceAnyScalar(random, document);
            case 2: return truncate(random, text);
            case 3: return randomBytes(random, text);
            case 4: return injectUnknownKey(random, document);
            case 5: return scalarBecomesUnknownMapping(random, document);
            case 6: return deleteRequiredTopLevelKey(random, document);
            case 7: return insertControlByte(random, text);
            default: return duplicateALine(random, text);
        }
    }

    static Mutation deleteAnyKey(Random random, JsonNode document) {
        ObjectNode copy = (ObjectNode) document.deepCopy();
        List<ObjectNode> objects = containers(copy, ObjectNode.class);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        if (target.isEmpty()) return tree("delete nothing", copy, false);
        String key = new ArrayList<>(target.propertyNames()).get(random.nextInt(target.size()));
        target.remove(key);
        return tree("delete key " + key, copy, false);
    }

    static Mutation replaceAnyScalar(Random random, JsonNode document) {
        ObjectNode copy = (ObjectNode) document.deepCopy();
        List<ObjectNode> objects = containers(copy, ObjectNode.class);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        if (target.isEmpty()) return tree("replace nothing", copy, false);
        String key = new ArrayList<>(target.propertyNames()).get(random.nextInt(target.size()));
        JsonNode[] others = {NODES.booleanNode(random.nextBoolean()), NODES.numberNode(random.nextInt(100000) - 50),
                NODES.stringNode("x" + random.nextInt(99)), NODES.nullNode(), NODES.arrayNode(), NODES.objectNode(),
                NODES.numberNode(Long.MAX_VALUE), NODES.stringNode("")};
        target.set(key, others[random.nextInt(others.length)]);
        return tree("replace value of " + key, copy, false);
    }

    static Mutation injectUnknownKey(Random random, JsonNode document) {
        ObjectNode copy = (ObjectNode) document.deepCopy();
        List<ObjectNode> objects = containers(copy, ObjectNode.class);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        target.put("zz-unknown-key", 1); // no map of the schema takes a number for a new name, and no object takes this key
        return tree("inject unknown key", copy, true);
    }

    static Mutation scalarBecomesUnknownMapping(Random random, JsonNode document) {
        ObjectNode copy = (ObjectNode) document.deepCopy();
        List<ObjectNode> withScalars = new ArrayList<>();
        for (ObjectNode o : containers(copy, ObjectNode.class)) {
            o.properties().forEach(e -> { if (e.getValue().isValueNode() && !withScalars.contains(o)) withScalars.add(o); });
        }
        ObjectNode target = withScalars.get(random.nextInt(withScalars.size()));
        List<String> scalarKeys = new ArrayList<>();
        target.properties().forEach(e -> { if (e.getValue().isValueNode()) scalarKeys.add(e.getKey()); });
        String key = scalarKeys.get(random.nextInt(scalarKeys.size()));
        target.putObject(key).put("zz-unknown-key", 1);
        return tree("scalar " + key + " becomes a mapping", copy, true);
    }

    static Mutation deleteRequiredTopLevelKey(Random random, JsonNode document) {
        ObjectNode copy = (ObjectNode) document.deepCopy();
        String key = List.of("apiVersion", "kind", "name", "nodes").get(random.nextInt(4));
        copy.remove(key);
        return tree("delete required " + key, copy, true);
    }

    static Mutation truncate(Random random, byte[] text) {
        int at = random.nextInt(text.length);
        byte[] cut = java.util.Arrays.copyOf(text, at);
        return new Mutation("truncate at " + at, cut, false);
    }

    static Mutation randomBytes(Random random, byte[] text) {
        byte[] copy = text.clone();
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        return new Mutation(count + " random bytes", copy, false);
    }

    static Mutation insertControlByte(Random random, byte[] text) {
        int at = random.nextInt(text.length + 1);
        byte[] copy = new byte[text.length + 1];
        System.arraycopy(text, 0, copy, 0, at);
        copy[at] = (byte) random.nextInt(9); // U+0000..U+0008: never allowed in YAML, not even in comments
        System.arraycopy(text, at, copy, at + 1, text.length - at);
        return new Mutation("control byte at " + at, copy, true);
    }

    static Mutation duplicateALine(Random random, byte[] text) {
        List<String> lines = new ArrayList<>(List.of(new String(text, StandardCharsets.UTF_8).split("\n", -1)));
        int at = random.nextInt(lines.size());
        lines.add(at, lines.get(at));
        return new Mutation("duplicate line " + (at + 1), String.join("\n", lines).getBytes(StandardCharsets.UTF_8), false);
    }

    private static Mutation tree(String description, JsonNode tree, boolean invalid) {
        return new Mutation(description, JSON.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8), invalid);
    }

    static <T extends JsonNode> List<T> containers(JsonNode root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends JsonNode> void collect(JsonNode node, Class<T> type, List<T> found) {
        if (type.isInstance(node)) found.add(type.cast(node));
        if (node instanceof ObjectNode o) o.properties().forEach(e -> collect(e.getValue(), type, found));
        if (node instanceof ArrayNode a) a.forEach(item -> collect(item, type, found));
    }
}
