package org.ctopath.platform;

import jakarta.json.JsonStructure;

/**
 * The one way data goes into a script of a page: JSON whose text cannot end the script it is written
 * into. JSON allows {@code </script>} inside a string, and an HTML parser ends the script element there
 * whatever the JavaScript means; {@code <!--} changes how it looks for that end; U+2028 and U+2029 end
 * a line in older JavaScript. So every {@code <}, {@code >}, {@code &}, U+2028 and U+2029 is written as
 * its JSON escape (backslash, u, four hex digits), which JSON and JavaScript read back as the same
 * character. These characters occur in JSON text only inside strings, so the result is the same JSON value.
 *
 * <p>Use it for every value a page hands to a script: chart configurations ({@code <p:chart value>}),
 * widget options, anything written between {@code <script>} tags.
 */
public final class ScriptJson {

    private ScriptJson() {
    }

    /** The JSON text of {@code value}, safe inside a {@code <script>} element. */
    public static String of(JsonStructure value) {
        return escape(value.toString());
    }

    /** {@code json} (valid JSON text) with the characters that could end a script escaped. */
    public static String escape(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            String escaped = switch (c) {
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> null;
            };
            if (escaped != null && out == null) {
                out = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            if (out != null) {
                if (escaped != null) {
                    out.append(escaped);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? json : out.toString();
    }
}
