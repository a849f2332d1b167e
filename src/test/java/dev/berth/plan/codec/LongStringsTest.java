package dev.berth.plan.codec;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** In the plan id's canonical form a long string stands as NUL and its digest; short ones are plain JSON. */
class LongStringsTest {
    @Test
    void aLongStringIsItsDigestAfterANulByte() throws Exception {
        String file = "resource \"r\" {\n    net { shared-secret \"<redacted:env:X>\"; } # é\n}\n".repeat(10);
        String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.getBytes(StandardCharsets.UTF_8)));
        assertEquals("[\"short \\\"one\\\"\\n\",\u0000" + hex + ",\u0000" + hex + "]",
                canonical("short \"one\"\n", file, file));
    }

    @Test
    void theBoundaryIsTheLengthInCharacters() {
        String under = "x".repeat(PlanId.LONG - 1);
        assertEquals("[\"" + under + "\"]", canonical(under));
        assertEquals('\u0000', canonical(under + "y").charAt(1));
    }

    private static String canonical(String... values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = new PlanId.LongStrings(OperationJson.MAPPER.createGenerator(out))) {
            generator.writeStartArray();
            for (String value : values) generator.writeString(value);
            generator.writeEndArray();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
