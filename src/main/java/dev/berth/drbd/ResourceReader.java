package dev.berth.drbd;

import dev.berth.model.Secret;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Turns one {@code resource <name> { }} node into a {@link ParsedResource}. */
final class ResourceReader {
    private ResourceReader() {}

    static ParsedResource read(ConfigNode node, Map<String, Map<String, String>> common,
                               List<ConfigNode.Word> comments) throws ConfigFailure {
        if (node.arguments().size() != 1) throw ConfigFailure.at(node, "'resource' takes one name");
        String name = node.arguments().get(0).text();
        Map<String, Map<String, String>> sections = new TreeMap<>();
        for (String section : List.of("options", "net", "disk")) sections.put(section, new TreeMap<>(common.getOrDefault(section, Map.of())));
        var templates = new TreeMap<Integer, VolumeDraft>();
        VolumeDraft implicit = new VolumeDraft(0, node);
        boolean implicitUsed = false;
        var drafts = new LinkedHashMap<String, HostDraft>();
        var connections = new ArrayList<ConfigNode>();
        var meshes = new ArrayList<ConfigNode>();
        Optional<ConfigNode> secretLine = Optional.empty();
        for (ConfigNode child : node.children()) {
            String keyword = child.keyword();
            if (OptionSections.isOptionSection(keyword)) {
                sections.get(keyword).putAll(OptionSections.read(child));
                if (keyword.equals("net")) secretLine = child.children().stream().filter(o -> o.keyword().equals("shared-secret")).findFirst();
            } else if (keyword.equals("volume")) {
                VolumeDraft volume = HostDraft.readVolume(child);
                if (templates.put(volume.number, volume) != null) throw ConfigFailure.at(child, "volume " + volume.number + " twice");
            } else if (keyword.equals("on")) {
                HostDraft host = HostDraft.read(child);
                if (drafts.put(host.hostname, host) != null) throw ConfigFailure.at(child, "host " + host.hostname + " twice");
            } else if (keyword.equals("connection")) {
                connections.add(child);
            } else if (keyword.equals("connection-mesh")) {
                meshes.add(child);
            } else if (keyword.equals("handlers") || keyword.equals("startup")) {
                // Local policy (scripts, boot timeouts): no part of what Berth plans or compares.
                continue;
            } else if (implicit.accept(child)) {
                implicitUsed = true;
            } else {
                throw ConfigFailure.at(child, "'" + keyword + "' in a resource is not supported");
            }
        }
        if (implicitUsed && templates.put(0, implicit) != null) throw ConfigFailure.at(node, "volume 0 twice");
        if (drafts.isEmpty()) throw ConfigFailure.at(node, "resource " + name + " has no 'on' section");

        var hosts = new LinkedHashMap<String, HostConfig>();
        for (HostDraft draft : drafts.values()) hosts.put(draft.hostname, draft.build(templates));
        List<Connection> built = ConnectionReader.read(connections, meshes, drafts, hosts);

        Optional<String> secretValue = Optional.ofNullable(sections.get("net").remove("shared-secret"));
        Optional<ConfigNode> secretStatement = secretLine;
        Optional<SecretReference> reference = secretValue.map(value -> sourceComment(comments, secretStatement));
        ResourceConfig resource;
        try {
            resource = new ResourceConfig(name, new TreeMap<>(sections.get("options")), new TreeMap<>(sections.get("net")),
                    new TreeMap<>(sections.get("disk")), reference, new ArrayList<>(hosts.values()), built);
        } catch (IllegalArgumentException invalid) {
            throw ConfigFailure.at(node, invalid.getMessage());
        }
        // A redacted placeholder is no secret: report none rather than a fake value.
        Optional<Secret> secret = secretValue
                .filter(value -> !value.equals(reference.orElseThrow().redactedPlaceholder()))
                .map(value -> Secret.of(reference.orElseThrow().source(), value));
        return new ParsedResource(resource, secret);
    }

    /** Berth writes "# shared-secret source: X" on the line above the secret; other files say nothing. */
    private static SecretReference sourceComment(List<ConfigNode.Word> comments, Optional<ConfigNode> secretLine) {
        String prefix = ResourceFileWriter.SECRET_SOURCE_COMMENT.substring(1).strip();
        return secretLine.flatMap(line -> comments.stream()
                        .filter(c -> c.line() == line.line() - 1 && c.text().startsWith(prefix))
                        .map(c -> c.text().substring(prefix.length()).strip())
                        .filter(source -> !source.isEmpty() && source.chars().noneMatch(ch -> ch <= 0x20))
                        .findFirst())
                .map(SecretReference::new)
                .orElse(SecretReference.INLINE);
    }
}
