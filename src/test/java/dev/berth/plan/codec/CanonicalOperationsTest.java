package dev.berth.plan.codec;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.berth.desired.Backend;
import dev.berth.model.Size;
import dev.berth.ops.BackingTarget;
import dev.berth.ops.Operation;
import dev.berth.ops.WaitCondition;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;

import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The plan id writes operations by hand: for every kind, the same bytes as the saved JSON with its keys sorted. */
class CanonicalOperationsTest {
    @Test
    void everyKindOfOperationIsWrittenAsItsSortedJson() throws Exception {
        for (JsonSubTypes.Type kind : Operation.class.getAnnotation(JsonSubTypes.class).value()) {
            for (boolean variant : new boolean[] {false, true}) {
                Operation operation = sample(kind.value(), variant);
                assertEquals(PlanId.canonical(OperationJson.encode(operation)), handWritten(operation), kind.name());
            }
        }
    }

    private static String handWritten(Operation operation) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = OperationJson.MAPPER.createGenerator(out)) {
            CanonicalOperations.write(generator, operation);
        }
        return out.toString();
    }

    /** An instance with a value of each component's type; {@code variant} takes the other branch of each choice. */
    private static Operation sample(Class<?> type, boolean variant) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getGenericType(), components[i].getName(), variant);
        }
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        return (Operation) constructor.newInstance(values);
    }

    private static Object value(Type type, String name, boolean variant) {
        if (type == String.class) return name.equals("content") ? "resource \"r\" {\n\t# é \\ \u0001\n}\n" : name + (variant ? "-2" : "");
        if (type == int.class) return variant ? 0 : 7;
        if (type == boolean.class) return variant;
        if (type == Size.class) return variant ? Size.ofBytes(4096) : Size.ofGiB(20);
        if (type == BackingTarget.class) return variant ? new BackingTarget(Backend.ZFS, "tank/berth", Optional.empty())
                : new BackingTarget(Backend.LVM_THIN, "vg_fast", Optional.of("thin"));
        if (type == WaitCondition.class) return new WaitCondition(variant ? WaitCondition.Kind.CONNECTED : WaitCondition.Kind.UP_TO_DATE,
                "r", List.of("worker-1", "worker-2"));
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) return variant ? List.of() : List.of("/dev/sdb", "/dev/sdc");
        throw new AssertionError("no sample for " + type + " " + name + ": add one, and teach CanonicalOperations the type if it is new");
    }
}
