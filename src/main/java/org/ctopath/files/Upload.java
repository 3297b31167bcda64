package org.ctopath.files;

import java.util.Objects;

/** A file as a person sent it: the name their browser gave and the bytes. Nothing about it is trusted yet. */
public record Upload(String name, byte[] content) {

    public Upload {
        Objects.requireNonNull(content, "content");
    }

    public long size() {
        return content.length;
    }
}
