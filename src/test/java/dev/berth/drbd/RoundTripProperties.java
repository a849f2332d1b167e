package dev.berth.drbd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.model.Secret;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** parse(write(x)) == x for any resource the model allows, with and without the secret's value. */
class RoundTripProperties {
    @Property(tries = 300)
    void redactedFileReadsBackToTheSameResource(@ForAll("resources") ResourceConfig resource) {
        String text = ResourceFileWriter.writeRedacted(resource);
        ParseResult parsed = ResourceFileParser.parse(text);
        assertTrue(parsed.succeeded(), () -> parsed.problem().orElseThrow() + "\n" + text);
        assertEquals(1, parsed.resources().size());
        assertEquals(resource, parsed.resources().get(0).resource());
        assertTrue(parsed.resources().get(0).sharedSecret().isEmpty(), "a placeholder is no secret");
        assertTrue(ResourceFileParser.isWrittenByBerth(text));
    }

    @Property(tries = 200)
    void fileWithSecretReadsBackWithTheSameValue(@ForAll("resources") ResourceConfig resource,
                                                 @ForAll("secretValues") String value) {
        if (resource.sharedSecret().isEmpty()) return;
        Secret secret = Secret.of(resource.sharedSecret().get().source(), value);
        String text = ResourceFileWriter.write(resource, secret);
        ParsedResource parsed = ResourceFileParser.parse(text).resources().get(0);
        assertEquals(resource, parsed.resource());
        assertEquals(secret, parsed.sharedSecret().orElseThrow());
        assertFalse(ResourceFileWriter.writeRedacted(resource).contains("shared-secret " + ResourceFileWriter.quote(value) + ";"));
    }

    @Property(tries = 100)
    void writingIsDeterministicAndIndependentOfInputOrder(@ForAll("resources") ResourceConfig resource) {
        var reversedHosts = new java.util.ArrayList<>(resource.hosts());
        java.util.Collections.reverse(reversedHosts);
        var reversedConnections = new java.util.ArrayList<>(resource.connections());
        java.util.Collections.reverse(reversedConnections);
        ResourceConfig shuffled = new ResourceConfig(resource.name(), resource.options(), resource.net(), resource.disk(),
                resource.sharedSecret(), reversedHosts, reversedConnections);
        assertEquals(ResourceFileWriter.writeRedacted(resource), ResourceFileWriter.writeRedacted(shuffled));
    }

    @Provide
    Arbitrary<ResourceConfig> resources() { return ResourceArbitraries.resources(); }

    @Provide
    Arbitrary<String> secretValues() { return ResourceArbitraries.secretValues(); }
}
