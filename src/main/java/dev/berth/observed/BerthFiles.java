package dev.berth.observed;

import java.util.List;
import java.util.Optional;

/**
 * The files Berth reads on a host: the DRBD resource files, and under {@code /var/lib/berth} the
 * state file, the lock holder and the in-progress record of an apply. Those three are raw text
 * here (their schemas belong to apply); an empty Optional means the file does not exist.
 */
public record BerthFiles(Reading<List<ResourceFile>> resourceFiles, Reading<Optional<String>> stateFile,
                         Reading<Optional<String>> lockHolder, Reading<Optional<String>> inProgress) {
    public BerthFiles {
        Copies.noNulls("BerthFiles", resourceFiles, stateFile, lockHolder, inProgress);
    }
}
