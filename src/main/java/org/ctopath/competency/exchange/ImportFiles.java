package org.ctopath.competency.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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

    /**
     * A text that is not valid CSV: the line where the broken record begins, and what is wrong in
     * words a person can act on (never the parser's own message, which names its classes).
     */
    public static final class NotCsv extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final long line;

        NotCsv(long line, String reason) {
            super(reason);
            this.line = line;
        }

        /** The line, counted from 1, where the broken record begins. */
        public long line() {
            return line;
        }

        /** What is wrong, as a sentence. */
        public String reason() {
            return getMessage();
        }

        /** "line N: what is wrong". */
        public String where() {
            return "line " + line + ": " + Character.toLowerCase(reason().charAt(0)) + reason().substring(1);
        }
    }

    private static final Pattern START_LINE = Pattern.compile("startline ([0-9,]+)");
    private static final Pattern AT_LINE = Pattern.compile("at line: ([0-9,]+)");

    /**
     * Every record of {@code text} read with {@code format} (whose header, if it reads one, comes
     * first); refused with {@link NotCsv} at the first record that is not valid CSV.
     */
    public static List<CSVRecord> records(String text, CSVFormat format) {
        List<CSVRecord> records = new ArrayList<>();
        long line = 1;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> iterator = parser.iterator();
            while (true) {
                line = parser.getCurrentLineNumber() + 1;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    records.add(iterator.next());
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw notCsv(e.getCause() == null ? e : e.getCause(), line);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw notCsv(e, line);
        }
        return records;
    }

    /** What is wrong, from the parser's failure; {@code line} when its message names none (0: unknown). */
    static NotCsv notCsv(Throwable failure, long line) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        Matcher at = START_LINE.matcher(message);
        if (!at.find()) {
            at = AT_LINE.matcher(message);
        }
        long where = at.find(0) ? Long.parseLong(at.group(1).replace(",", "")) : line;
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new NotCsv(where, "A quoted value is not closed: a value that begins with a double quote needs one at its end too.");
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return new NotCsv(where, "After a closing double quote comes a comma or the end of the line; a double quote inside a quoted value is written twice (\"\").");
        }
        if (message.contains("duplicate name") || message.contains("header")) {
            return new NotCsv(1, "The header names a column twice, or has an empty column name.");
        }
        return new NotCsv(where, "This line is not valid CSV. A value with a comma, a double quote or a line break needs double quotes around it.");
    }
}
