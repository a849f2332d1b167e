package dev.berth.realhost;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A machine without what real hosts need skips them, except under CI, where that fails. */
class RealHostsExtensionTest {
    @Test
    void withoutCiTheClassIsSkippedWithTheReason() {
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> RealHostsExtension.unavailable("root", false, "SomeTest"));
        assertTrue(skipped.getMessage().contains("real-host tests need root"), skipped.getMessage());
    }

    @Test
    void underCiASkipIsAFailure() {
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> RealHostsExtension.unavailable("/usr/sbin/sshd", true, "SomeTest"));
        assertTrue(failed.getMessage().startsWith("CI=true but real-host tests need /usr/sbin/sshd"), failed.getMessage());
    }
}
