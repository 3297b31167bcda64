package org.ctopath.competency.exchange;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** What every imported file must be before it is read: not empty, not too large, UTF-8. */
public final class ImportFiles {

    /** The largest file accepted: 2 MiB, far above any real framework or catalogue. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private ImportFiles() {
    }

    /** The file's text, without a byte order mark; refused if empty, too large or not UTF-8. */
    public static String text(byte[] content) {
        return text(content, MAX_BYTES);
    }

    /** The same, for a file of at most {@code maxBytes}. */
    public static String text(byte[] content, int maxBytes) {
        if (content == null || content.length == 0) {
            throw ImportRefused.of("The file is empty.");
        }
        if (content.length > maxBytes) {
            throw ImportRefused.of("The file is larger than " + maxBytes / (1024 * 1024) + " MB; split it or leave out what has not changed.");
        }
        String text;
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            text = chars.toString();
        } catch (CharacterCodingException e) {
            throw ImportRefused.of("The file is not UTF-8 text. Save it as UTF-8 (in a spreadsheet: CSV UTF-8) and try again.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw ImportRefused.of("The file is empty.");
        }
        return text;
    }
}
