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
                Diagnostic d = Diagnostic.error(child, "unknown key '" + key + "'")
                        .at(document.sourceMap().keyPosition(child));
                if (key.equals("shared-secret")) {
                    return d.withHint("a secret never goes in the stack; name its source with drbd.sharedSecretFrom: { env: NAME } or { file: /path }");
                }
                return DidYouMean.hint(key, known).map(d::withHint)
                        .orElse(known.isEmpty() || known.size() > 12 ? d : d.withHint("allowed here: " + String.join(", ", known)));
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
            case "type": {
                Diagnostic d = Diagnostic.error(pointer, "expected " + expectedTypes(error) + ", found " + YamlTreeConverter.describe(value)
                        + (value.isValueNode() && !value.isNull() ? " '" + text(value) + "'" : ""))
                        .at(document.sourceMap().valuePosition(pointer));
                return describeSchemaAround(location).map(d::withHint).orElse(d);
            }
            case "pattern":
                return Diagnostic.error(pointer, "'" + text(value) + "' is not valid here")
                        .at(document.sourceMap().valuePosition(pointer))
                        .withHint(describeSchemaAround(location).orElse("see the schema for the expected format"));
            case "propertyNames": {
                String name = error.getProperty() == null ? "" : error.getProperty();
                String child = JsonPointer.child(pointer, name);
                return Diagnostic.error(child, "'" + name + "' is not a valid name here")
                        .at(document.sourceMap().keyPosition(child))
                        .withHint(describeSchemaAround(location).orElse("see the schema for the allowed names"));
            }
            case "maxProperties": {
                List<String> known = keysOf(schema.at(location.substring(0, location.lastIndexOf('/'))));
                return Diagnostic.error(pointer, "give only one of: " + String.join(", ", known))
                        .at(document.sourceMap().keyPosition(pointer));
            }
            case "minimum":
                return bound(pointer, value, "is below the minimum " + text(error.getSchemaNode()));
            case "maximum":
                return bound(pointer, value, "is above the maximum " + text(error.getSchemaNode()));
            case "minItems":
                return Diagnostic.error(pointer, "needs at least " + text(error.getSchemaNode()) + " item(s)")
                        .at(document.sourceMap().keyPosition(pointer));
            case "maxItems":
                return Diagnostic.error(pointer, "allows at most " + text(error.getSchemaNode()) + " item(s)")
                        .at(document.sourceMap().keyPosition(pointer));
            case "uniqueItems":
                return Diagnostic.error(pointer, "lists the same item twice").at(document.sourceMap().valuePosition(pointer));
            default:
                return Diagnostic.error(pointer, plainMessage(error)).at(document.sourceMap().valuePosition(pointer));
        }
    }

    private Diagnostic bound(String pointer, JsonNode value, String what) {
        return Diagnostic.error(pointer, text(value) + " " + what).at(document.sourceMap().valuePosition(pointer));
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

    /** What the nearest described schema at or above a keyword says a value should look like. */
    private Optional<String> describeSchemaAround(String location) {
        String at = location;
        for (int up = 0; up < 5 && at.contains("/"); up++) {
            Optional<JsonNode> node = schema.at(at);
            Optional<String> description = node.flatMap(this::descriptionOf);
            if (description.isPresent()) return description.map(SchemaDiagnostics::expected);
            at = at.substring(0, at.lastIndexOf('/'));
        }
        return Optional.empty();
    }

    /** A schema's own description, or that of the local definition it refers to. */
    private Optional<String> descriptionOf(JsonNode node) {
        if (node.path("description").isString()) return Optional.of(node.get("description").asString());
        String ref = node.path("$ref").asString("");
        if (!ref.startsWith("#")) return Optional.empty();
        return schema.at(StackSchema.STACK_ID + ref).map(n -> n.path("description").asString("")).filter(d -> !d.isEmpty());
    }

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<!e\\.g)(?<!i\\.e)\\. (?=[A-Z`])");

    /** "A size: ..." becomes "expected a size: ..." (first sentence only). */
    static String expected(String description) {
        java.util.regex.Matcher end = SENTENCE_END.matcher(description);
        String sentence = end.find() ? description.substring(0, end.start() + 1) : description;
        boolean acronym = sentence.length() > 1 && Character.isUpperCase(sentence.charAt(1));
        return "expected " + (acronym ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1));
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
                String combinator = path.substring(0, branch.get()[0]) + "|" + combinatorInstance(error);
                byCombinator.computeIfAbsent(combinator, k -> new LinkedHashMap<>())
                        .computeIfAbsent(branch.get()[1], k -> new ArrayList<>()).add(error);
            }
            for (Map<Integer, List<Error>> branches : byCombinator.values()) plain.addAll(best(branches));
            return plain;
        }

        /**
         * Where the combinator applied: the error's instance less the steps its evaluation path took
         * below the chosen branch, so that the same anyOf on three list items stays three groups.
         */
        static String combinatorInstance(Error error) {
            NodePath evaluation = error.getEvaluationPath();
            int start = -1;
            for (int i = 0; i + 1 < evaluation.getNameCount(); i++) {
                String name = String.valueOf(evaluation.getElement(i));
                if (name.equals("anyOf") || name.equals("oneOf")) {
                    start = i + 2;
                    break;
                }
            }
            int descents = 0;
            for (int i = Math.max(start, 0); i < evaluation.getNameCount() - 1; i++) {
                String name = String.valueOf(evaluation.getElement(i));
                if (name.equals("properties") || name.equals("patternProperties") || name.equals("prefixItems")) {
                    descents++;
                    i++;
                } else if (name.equals("items") || name.equals("additionalProperties")) {
                    descents++;
                }
            }
            NodePath instance = error.getInstanceLocation();
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < Math.max(0, instance.getNameCount() - descents); i++) prefix.append('/').append(instance.getElement(i));
            return prefix.toString();
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
