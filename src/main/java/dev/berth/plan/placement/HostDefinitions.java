package dev.berth.plan.placement;

import dev.berth.observed.ConfiguredDefinition;
import dev.berth.observed.ConfiguredResource;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.ResourceFile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One reachable host's definitions of the stack's resource names, each with its owner. The
 * configuration drbdadm reads is preferred (it is what {@code drbdadm adjust} will act on);
 * a resource it does not show is taken from the resource files, so a host whose drbdadm cannot
 * answer still tells what Berth wrote there. A LINSTOR satellite's file for the name always wins:
 * Berth must never write a resource that another tool defines.
 */
final class HostDefinitions {
    enum Owner { BERTH, HAND_WRITTEN, LINSTOR, UNKNOWN }

    /** A definition found on the host: who owns it, where it is, and its content when readable. */
    record Found(String resource, Owner owner, String where, Optional<ConfiguredDefinition> definition, String why) {}

    static final String LINSTOR_FOLDER = "/var/lib/linstor.d/";
    static final String BERTH_FOLDER = "/etc/drbd.d/";

    private HostDefinitions() {}

    /** Empty when neither drbdadm's view nor the resource files could be read: nothing is known. */
    static Optional<SortedMap<String, Found>> read(ReachableHost host, Set<String> stackResources, DefinitionFiles.Cache cache) {
        var configured = host.inventory().drbd().configured().value();
        var files = host.inventory().files().resourceFiles().value();
        if (configured.isEmpty() && files.isEmpty()) return Optional.empty();
        TreeMap<String, Found> found = new TreeMap<>();
        Map<String, ResourceFile> fileByPath = new TreeMap<>();
        files.ifPresent(list -> list.forEach(f -> fileByPath.put(f.path(), f)));
        // drbdadm's view covers every file it includes; only files it did not show are read here
        // (all of them when drbdadm could not answer), since parsing thousands of files costs.
        Set<String> shown = configured.map(list -> list.stream().map(ConfiguredResource::name).collect(Collectors.toSet())).orElse(Set.of());
        Map<String, Found> fromFiles = files.map(list -> fromFiles(list.stream()
                .filter(f -> configured.isEmpty() || !shown.contains(DefinitionFiles.resourceNameOf(f))).toList(), stackResources, cache))
                .orElse(Map.of());
        configured.ifPresent(list -> list.stream().filter(c -> stackResources.contains(c.name()))
                .forEach(c -> found.put(c.name(), classify(c, files.isPresent(), fileByPath))));
        fromFiles.forEach(found::putIfAbsent);
        host.inventory().linstorFiles().value().ifPresent(names -> names.forEach(name -> {
            String resource = name.endsWith(".res") ? name.substring(0, name.length() - 4) : name;
            if (stackResources.contains(resource)) {
                found.put(resource, new Found(resource, Owner.LINSTOR, LINSTOR_FOLDER + name, Optional.empty(),
                        "a LINSTOR satellite defines it"));
            }
        }));
        return Optional.of(found);
    }

    private static Found classify(ConfiguredResource resource, boolean filesKnown, Map<String, ResourceFile> fileByPath) {
        String name = resource.name();
        Optional<String> file = resource.definingFile();
        String where = file.orElse("drbdadm dump");
        Owner owner;
        String why;
        if (file.isPresent() && file.get().startsWith(LINSTOR_FOLDER)) {
            owner = Owner.LINSTOR;
            why = "a LINSTOR satellite defines it";
        } else if (!filesKnown) {
            owner = Owner.UNKNOWN;
            why = "the resource files could not be listed, so whether Berth wrote " + where + " is unknown";
        } else if (file.isPresent()) {
            ResourceFile listed = fileByPath.get(file.get());
            owner = listed != null && listed.writtenByBerth() ? Owner.BERTH : Owner.HAND_WRITTEN;
            why = owner == Owner.BERTH ? "Berth wrote it" : "written by hand or by another tool"; // the refusal names the file already
        } else {
            // drbdadm always says where a resource is defined; without that, trust only Berth's own file name.
            ResourceFile own = fileByPath.get(BERTH_FOLDER + name + ".res");
            owner = own != null && own.writtenByBerth() ? Owner.BERTH : Owner.HAND_WRITTEN;
            why = owner == Owner.BERTH ? "Berth wrote it" : "drbdadm did not say where it is defined";
        }
        if (resource.definition().isEmpty() && owner == Owner.BERTH) {
            return new Found(name, Owner.UNKNOWN, where, Optional.empty(), "Berth's file cannot be modelled: "
                    + resource.notModelledBecause().orElse(""));
        }
        return new Found(name, owner, where, resource.definition(), why);
    }

    private static Map<String, Found> fromFiles(List<ResourceFile> files, Set<String> stackResources, DefinitionFiles.Cache cache) {
        TreeMap<String, Found> found = new TreeMap<>();
        for (ResourceFile file : files) {
            DefinitionFiles.Read read = cache.read(file);
            Owner owner = file.writtenByBerth() ? Owner.BERTH : Owner.HAND_WRITTEN;
            String why = file.writtenByBerth() ? "Berth wrote it" : file.path() + " was not written by Berth";
            if (read.problem().isPresent()) {
                String name = DefinitionFiles.resourceNameOf(file);
                if (stackResources.contains(name)) {
                    found.putIfAbsent(name, new Found(name, file.writtenByBerth() ? Owner.UNKNOWN : owner, file.path(),
                            Optional.empty(), "unreadable: " + read.problem().get()));
                }
                continue;
            }
            read.definitions().forEach((name, definition) -> {
                if (stackResources.contains(name)) found.putIfAbsent(name, new Found(name, owner, file.path(), Optional.of(definition), why));
            });
        }
        return found;
    }
}
