package io.github.samhttp.core.documents;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One generated file as a tree, before serialisation.
 *
 * @param path the file's path inside the output folder, with '/' separators
 * @param format how the tree is written
 * @param tree the content
 */
public record Document(String path, Format format, JsonNode tree) {

    /** The serialisations the generated project uses. */
    public enum Format {
        YAML, JSON, TOML
    }
}
