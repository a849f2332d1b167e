package dev.berth.spec;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import dev.berth.diag.Diagnostic;
import dev.berth.diag.DidYouMean;
import dev.berth.diag.JsonPointer;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the validator's errors into diagnostics a person can act on: positioned, with the key
 * that is wrong and a did-you-mean drawn from the schema itself. Alternatives ({@code anyOf},
 * {@code oneOf}) are reported once, for the alternative the value was evidently meant to be.
 */
final class SchemaDiagnostics {
    private final StackSchema schema;
    private final YamlDocument document;

    SchemaDiagnostics(StackSchema schema, YamlDocument document) {
        this.schema = schema;
        this.document = document;
    }

    List<Diagnostic> describe(List<Error> errors) {
        List<Diagnostic> out = new ArrayList<>();
        for (Error error : AlternativeChooser.choose(errors)) out.add(describe(error));
        return out.stream().distinct().collect(Collectors.toList());
    }

    private Diagnostic describe(Error error) {
        String pointer = pointer(error.getInstanceLocation());
        String location = error.getSchemaLocation().toString();
        JsonNode value = document.root().at(pointer);
        switch (error.getKeyword()) {
            case "additionalProperties": {
                String key = error.getProperty();
                String child = JsonPointer.child(pointer, key);
                List<String> known = keysOf(parentSchema(location));
                Diagnostic d = Diagnostic.error(pointer, "unknown key '" + key + "'")
                        .at(document.sourceMap().keyPosition(child));
                return DidYouMean.hint(key, known).map(d::withHint)
                        .orElse(known.isEmpty() ? d : d.withHint("allowed here: " + String.join(", ", known)));
            }
            case "required":
                return Diagnostic.error(pointer, "missing required key '" + error.getProperty() + "'")
                        .at(document.sourceMap().keyPosition(pointer));
            case "false":
                return notApplicable(pointer);
            case "enum":
            case "const": {
                List<String> allowed = allowedValues(error.getSchemaNode());
                Diagnostic d = Diagnostic.error(pointer, "'" + text(value) + "' is not one of: " + String.join(", ", allowed))
                        .at(document.sourceMap().valuePosition(pointer));
                return DidYouMean.hint(text(value), allowed).map(d::withHint).orElse(d);
            }
            case "type":
                return Diagnostic.error(pointer, "expected " + expectedTypes(error) + ", found " + YamlTreeConverter.describe(value)
                        + (value.isValueNode() && !value.isNull() ? " '" + text(value) + "'" : ""))
                        .at(document.sourceMap().valuePosition(pointer));
            case "pattern": {
                String what = describeSchemaAround(location).orElse("the expected format");
                return Diagnostic.error(pointer, "'" + text(value) + "' is not valid here: " + what)
                        .at(document.sourceMap().valuePosition(pointer));
            }
            default:
                return Diagnostic.error(pointer, plainMessage(error)).at(document.sourceMap().valuePosition(pointer));
        }
    }

    /** A key that its siblings rule out, such as {@code zpool} on an LVM pool. */
    private Diagnostic notApplicable(String pointer) {
        String key = JsonPointer.segments(pointer).isEmpty() ? "" : JsonPointer.segments(pointer).get(JsonPointer.segments(pointer).size() - 1);
        JsonNode backend = document.root().at(JsonPointer.parent(pointer) + "/backend");
        String message = backend.isString() ? "'" + key + "' does not apply to backend '" + backend.asString() + "'"
                : "'" + key + "' is not allowed here";
        return Diagnostic.error(pointer, message).at(document.sourceMap().keyPosition(pointer));
    }

    private Optional<JsonNode> parentSchema(String location) {
        int slash = location.lastIndexOf('/');
        return slash < 0 ? Optional.empty() : schema.at(location.substring(0, slash));
    }

    private static List<String> keysOf(Optional<JsonNode> objectSchema) {
        List<String> keys = new ArrayList<>();
        objectSchema.map(s -> s.get("properties")).ifPresent(p -> p.propertyNames().forEach(keys::add));
        return keys;
    }

    /** The first sentence of the nearest description above a keyword, which says what a value should look like. */
    private Optional<String> describeSchemaAround(String location) {
        String at = location;
        for (int up = 0; up < 4 && at.contains("/"); up++) {
            at = at.substring(0, at.lastIndexOf('/'));
            Optional<String> description = schema.at(at).map(s -> s.get("description")).filter(JsonNode::isString)
                    .map(JsonNode::asString);
            if (description.isPresent()) {
                String full = description.get();
                int stop = full.indexOf(". ");
                return Optional.of(stop > 0 ? full.substring(0, stop + 1) : full);
            }
        }
        return Optional.empty();
    }

    private static List<String> allowedValues(JsonNode keywordNode) {
        List<String> allowed = new ArrayList<>();
        if (keywordNode == null) return allowed;
        if (keywordNode.isArray()) keywordNode.forEach(v -> allowed.add(text(v)));
        else allowed.add(text(keywordNode));
        return allowed;
    }

    private static String expectedTypes(Error error) {
        JsonNode type = error.getSchemaNode();
        if (type == null) return "another type";
        if (type.isArray()) {
            List<String> names = new ArrayList<>();
            type.forEach(t -> names.add(typeName(t.asString())));
            return String.join(" or ", names);
        }
        return typeName(type.asString());
    }

    private static String typeName(String jsonType) {
        switch (jsonType) {
            case "object": return "a mapping";
            case "array": return "a list";
            case "integer": return "a whole number";
            case "number": return "a number";
            case "boolean": return "true or false";
            default: return "a " + jsonType;
        }
    }

    static String text(JsonNode value) {
        return value.isString() ? value.asString() : value.toString();
    }

    private static String plainMessage(Error error) {
        String message = error.getMessage();
        return message == null ? error.getKeyword() + " failed" : message;
    }

    static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(JsonPointer.escape(String.valueOf(path.getElement(i))));
        }
        return pointer.toString();
    }

    /** Among the alternatives of an anyOf/oneOf, keeps the errors of the one the value was meant to be. */
    static final class AlternativeChooser {
        private AlternativeChooser() {}

        static List<Error> choose(List<Error> errors) {
            Map<String, Map<Integer, List<Error>>> byCombinator = new LinkedHashMap<>();
            List<Error> plain = new ArrayList<>();
            for (Error error : errors) {
                String path = error.getEvaluationPath().toString();
                Optional<int[]> branch = firstBranch(path);
                if (branch.isEmpty()) {
                    if (!isCombinatorSummary(error, errors)) plain.add(error);
                    continue;
                }
                String combinator = path.substring(0, branch.get()[0]);
                byCombinator.computeIfAbsent(combinator, k -> new LinkedHashMap<>())
                        .computeIfAbsent(branch.get()[1], k -> new ArrayList<>()).add(error);
            }
            for (Map<Integer, List<Error>> branches : byCombinator.values()) plain.addAll(best(branches));
            return plain;
        }

        /** Offset of "anyOf/N" or "oneOf/N" in an evaluation path and N. */
        private static Optional<int[]> firstBranch(String path) {
            int any = path.indexOf("/anyOf/");
            int one = path.indexOf("/oneOf/");
            int at = any < 0 ? one : one < 0 ? any : Math.min(any, one);
            if (at < 0) return Optional.empty();
            int start = at + 7;
            int end = start;
            while (end < path.length() && Character.isDigit(path.charAt(end))) end++;
            return Optional.of(new int[] {at + 6, Integer.parseInt(path.substring(start, end))});
        }

        private static boolean isCombinatorSummary(Error error, List<Error> all) {
            String keyword = error.getKeyword();
            if (!keyword.equals("oneOf") && !keyword.equals("anyOf")) return false;
            String path = error.getEvaluationPath().toString();
            return all.stream().anyMatch(e -> e != error && e.getEvaluationPath().toString().startsWith(path + "/"));
        }

        private static List<Error> best(Map<Integer, List<Error>> branches) {
            int shortest = branches.values().stream().flatMap(List::stream)
                    .mapToInt(e -> e.getInstanceLocation().getNameCount()).min().orElse(0);
            List<List<Error>> fitting = branches.values().stream()
                    .filter(list -> list.stream().noneMatch(e -> e.getKeyword().equals("type")
                            && e.getInstanceLocation().getNameCount() == shortest))
                    .sorted(Comparator.comparingInt(List::size)).collect(Collectors.toList());
            if (!fitting.isEmpty()) return fitting.get(0);
            // no alternative has the value's type: report one type error naming them all
            List<Error> typeErrors = branches.values().stream().map(list -> list.get(0)).collect(Collectors.toList());
            return List.of(typeErrors.get(0));
        }
    }
}
