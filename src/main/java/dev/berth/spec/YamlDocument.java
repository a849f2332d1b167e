package dev.berth.spec;

import tools.jackson.databind.JsonNode;

/** A parsed YAML document as a JSON tree, with the position of every node. */
public record YamlDocument(JsonNode root, SourceMap sourceMap) {}
