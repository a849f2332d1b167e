package dev.berth.diag;

import java.util.List;

/** RFC 6901 JSON pointers, the way diagnostics name a place in a document independent of its layout. */
public final class JsonPointer {
    private JsonPointer() {}

    public static String of(Object... segments) {
        StringBuilder pointer = new StringBuilder();
        for (Object segment : segments) pointer.append('/').append(escape(String.valueOf(segment)));
        return pointer.toString();
    }

    public static String child(String parent, Object segment) {
        return parent + "/" + escape(String.valueOf(segment));
    }

    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    public static List<String> segments(String pointer) {
        if (pointer.isEmpty()) return List.of();
        return List.of(pointer.substring(1).split("/", -1)).stream().map(JsonPointer::unescape).toList();
    }

    public static String escape(String segment) { return segment.replace("~", "~0").replace("/", "~1"); }

    public static String unescape(String segment) { return segment.replace("~1", "/").replace("~0", "~"); }
}
