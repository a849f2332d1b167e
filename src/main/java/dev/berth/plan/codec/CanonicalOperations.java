package dev.berth.plan.codec;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.berth.desired.Backend;
import dev.berth.model.Size;
import dev.berth.ops.Operation;
import dev.berth.ops.WaitCondition;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.PropertyNamingStrategies;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Operations written straight in canonical form (keys sorted, {@code kind} among them), for the
 * plan id: the bytes {@link OperationJson} gives once sorted, without a tree per step. The values
 * an operation holds are few (text, numbers, flags, sizes, backends, lists, a backing target, a
 * wait condition); anything else is refused here rather than written differently.
 */
final class CanonicalOperations {
    private CanonicalOperations() {}

    private record Field(String key, Method accessor, String constant) {}

    private static final Map<Class<?>, String> KINDS = java.util.Arrays.stream(Operation.class.getAnnotation(JsonSubTypes.class).value())
            .collect(Collectors.toUnmodifiableMap(JsonSubTypes.Type::value, JsonSubTypes.Type::name));

    /** The mapper's own naming strategy, so that keys are spelled as {@link OperationJson} spells them. */
    private static final class SnakeCase extends PropertyNamingStrategies.SnakeCaseStrategy {
        String key(String component) { return translate(component); }
    }

    private static final SnakeCase SNAKE = new SnakeCase();

    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override protected List<Field> computeValue(Class<?> type) {
            if (!type.isRecord()) throw new IllegalArgumentException("not a record: " + type.getName());
            List<Field> fields = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                fields.add(new Field(SNAKE.key(component.getName()), accessor, null));
            }
            String kind = KINDS.get(type);
            if (kind != null) fields.add(new Field("kind", null, kind));
            fields.sort(Comparator.comparing(Field::key));
            return List.copyOf(fields);
        }
    };

    static void write(JsonGenerator out, Operation operation) { value(out, operation); }

    private static void value(JsonGenerator out, Object value) {
        if (value == null) out.writeNull();
        else if (value instanceof String text) out.writeString(text);
        else if (value instanceof Integer number) out.writeNumber(number);
        else if (value instanceof Long number) out.writeNumber(number);
        else if (value instanceof Boolean flag) out.writeBoolean(flag);
        else if (value instanceof Size size) out.writeNumber(size.bytes());
        else if (value instanceof Backend backend) out.writeString(backend.spelling());
        else if (value instanceof WaitCondition.Kind kind) out.writeString(OperationJson.spelling(kind));
        else if (value instanceof Optional<?> optional) value(out, optional.orElse(null));
        else if (value instanceof List<?> list) {
            out.writeStartArray();
            for (Object element : list) value(out, element);
            out.writeEndArray();
        } else if (value instanceof Record record) {
            out.writeStartObject();
            for (Field field : FIELDS.get(record.getClass())) {
                out.writeName(field.key);
                if (field.constant != null) out.writeString(field.constant);
                else value(out, read(field.accessor, record));
            }
            out.writeEndObject();
        } else {
            throw new IllegalArgumentException("an operation holds a " + value.getClass().getName() + ", which the plan id does not know");
        }
    }

    private static Object read(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
