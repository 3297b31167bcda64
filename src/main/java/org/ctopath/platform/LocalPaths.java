package org.ctopath.platform;

import java.util.Optional;

/**
 * The one check for an address the application sends a browser to that came from elsewhere (the
 * page asked for before sign-in, a notification's link): only a path of this application is
 * accepted, so that nobody can make the application redirect to another site (OWASP ASVS 5.1.5).
 *
 * <p>Accepted: a path that starts with exactly one {@code /} (and with the context path), of
 * visible ASCII characters only, without {@code \}, without empty, {@code .} or {@code ..}
 * segments, and without percent-escapes of {@code . / \ %} or of control characters, so that
 * neither a browser nor a server can turn it into another host or another place; an optional query
 * follows. {@code //evil.example/x}, {@code /\evil.example}, {@code /%2e%2e/}, {@code /%2f/evil},
 * {@code https://evil.example} and {@code javascript:...} are all refused.
 */
public final class LocalPaths {

    /** Longer addresses are refused: nothing of the application needs more. */
    public static final int MAX_LENGTH = 2048;

    private static final String SEGMENT_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@%";

    private LocalPaths() {
    }

    /**
     * @param address     the address as it would go into {@code Location}, context path included
     * @param contextPath the application's context path: {@code ""} at the root, else {@code /name}
     * @return the address when it is a path of this application, else empty
     */
    public static Optional<String> check(String address, String contextPath) {
        return isLocal(address, contextPath) ? Optional.of(address) : Optional.empty();
    }

    public static boolean isLocal(String address, String contextPath) {
        if (address == null || address.isEmpty() || address.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '\\' || c == '#') {
                return false;
            }
        }
        int queryStart = address.indexOf('?');
        String path = queryStart < 0 ? address : address.substring(0, queryStart);
        String context = contextPath == null ? "" : contextPath;
        if (!context.isEmpty() && !(path.equals(context) || path.startsWith(context + "/"))) {
            return false;
        }
        return isCleanPath(path) && (queryStart < 0 || hasWellFormedEscapes(address.substring(queryStart + 1)));
    }

    private static boolean isCleanPath(String path) {
        if (!path.startsWith("/")) {
            return false;
        }
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.isEmpty() && !last) {
                return false; // "//": a browser reads what follows as a host
            }
            if (segment.equals(".") || segment.equals("..") || !isCleanSegment(segment)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCleanSegment(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (SEGMENT_CHARACTERS.indexOf(c) < 0) {
                return false;
            }
            if (c == '%') {
                int decoded = escaped(segment, i);
                if (decoded < 0 || decoded < 0x20 || decoded == 0x7f || decoded == '.' || decoded == '/' || decoded == '\\'
                        || decoded == '%') {
                    return false;
                }
                i += 2;
            }
        }
        return true;
    }

    private static boolean hasWellFormedEscapes(String query) {
        for (int i = 0; i < query.length(); i++) {
            if (query.charAt(i) == '%') {
                if (escaped(query, i) < 0) {
                    return false;
                }
                i += 2;
            }
        }
        return true;
    }

    /** The byte a {@code %XY} escape at {@code at} stands for, or -1 when it is no escape. */
    private static int escaped(String text, int at) {
        if (at + 2 >= text.length()) {
            return -1;
        }
        int high = Character.digit(text.charAt(at + 1), 16);
        int low = Character.digit(text.charAt(at + 2), 16);
        return high < 0 || low < 0 ? -1 : high * 16 + low;
    }
}
