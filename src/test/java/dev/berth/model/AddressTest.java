package dev.berth.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressTest {
    @Test
    void printsAndParsesEveryKind() {
        for (Address a : List.of(Address.node("worker-1"), Address.pool("fast", "worker-1"), Address.resource("mysql-data-0"),
                Address.volume("mysql-data-0", 0, "worker-1"), Address.drbd("mysql-data-0", "worker-1"))) {
            assertEquals(Optional.of(a), Address.parse(a.toString()));
        }
        assertEquals("volume.mysql-data-0/0@worker-1", Address.volume("mysql-data-0", 0, "worker-1").toString());
        assertEquals(Optional.empty(), Address.parse("volume.r@worker-1"));
        assertEquals(Optional.empty(), Address.parse("disk.r"));
    }

    @Test
    void globsMatchWholeAddresses() {
        Address volume = Address.volume("mysql-data-1", 0, "worker-3");
        assertTrue(volume.matches("volume.mysql-data-*/0@worker-3"));
        assertTrue(volume.matches("*@worker-3"));
        assertTrue(volume.matches("volume.mysql-data-*"), "* matches any characters, / and @ included");
        assertFalse(volume.matches("drbd.mysql-data-*"));
        assertFalse(volume.matches("volume.mysql.data-1/0@worker-3"), "dots are literal");
    }

    @Test
    void sortsByResourceThenKind() {
        List<Address> sorted = List.of(Address.drbd("b", "n1"), Address.resource("a"), Address.volume("a", 0, "n1"), Address.resource("b"))
                .stream().sorted().toList();
        assertEquals(List.of(Address.resource("a"), Address.volume("a", 0, "n1"), Address.resource("b"), Address.drbd("b", "n1")), sorted);
    }
}
