package org.ctopath.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which uploaded files are kept as evidence or certificates: at most {@link #MAX_BYTES}, of a kind
 * people use for such proof, and only when the bytes are what the name says. The content type a
 * browser sends is ignored; the type stored (and later served) comes from this list.
 */
public final class FileRules {

    /** The largest file kept: 5 MB (README, "The learner's journey"). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public static final int NAME_MAXLENGTH = 200;

    /** A kind of file accepted, by extension, with the bytes it must start with. */
    public record Kind(String extension, String contentType, byte[] magic) {
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    static final List<Kind> KINDS = List.of(
            new Kind("pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
            new Kind("png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
            new Kind("jpg", "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
            new Kind("jpeg", "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
            new Kind("txt", "text/plain; charset=UTF-8", new byte[0]),
            new Kind("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
            new Kind("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
            new Kind("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP));

    /** What the person is told the accepted files are. */
    public static final String ACCEPTED = "PDF, PNG, JPEG, plain text, Word, Excel or PowerPoint (.docx, .xlsx, .pptx) up to 5 MB";

    /** For the browser's file chooser. */
    public static final String ACCEPT_ATTRIBUTE = ".pdf,.png,.jpg,.jpeg,.txt,.docx,.xlsx,.pptx";

    private FileRules() {
    }

    /** A file that passed: its cleaned name and the content type it is served with. */
    public record Accepted(String name, String contentType) {
    }

    /**
     * @return the accepted file, or the reason it is refused, said to the person who sent it
     */
    public static Result check(Upload upload) {
        String name = cleanName(upload.name());
        if (name.isEmpty()) {
            return Result.refused("The file has no name.");
        }
        if (upload.size() == 0) {
            return Result.refused("\"" + name + "\" is empty.");
        }
        if (upload.size() > MAX_BYTES) {
            return Result.refused("\"" + name + "\" is " + readableSize(upload.size()) + "; files may be at most 5 MB.");
        }
        String extension = extension(name);
        Optional<Kind> kind = KINDS.stream().filter(k -> k.extension().equals(extension)).findFirst();
        if (kind.isEmpty()) {
            return Result.refused("\"" + name + "\" is not a file kind we keep. Upload " + ACCEPTED + ".");
        }
        if (!startsWith(upload.content(), kind.get().magic()) || kind.get().extension().equals("txt") && !isUtf8Text(upload.content())) {
            return Result.refused("\"" + name + "\" is not the " + extension.toUpperCase(Locale.ROOT)
                    + " file its name says it is. Upload the file itself.");
        }
        return new Result(new Accepted(name, kind.get().contentType()), null);
    }

    /** Either an accepted file or a reason. */
    public record Result(Accepted accepted, String refusal) {

        static Result refused(String reason) {
            return new Result(null, reason);
        }

        public boolean isAccepted() {
            return accepted != null;
        }
    }

    /** The last part of a path a browser may send, without control characters, at most {@link #NAME_MAXLENGTH} long. */
    static String cleanName(String raw) {
        if (raw == null) {
            return "";
        }
        String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.length() > NAME_MAXLENGTH) {
            String extension = extension(name);
            name = name.substring(0, NAME_MAXLENGTH - extension.length() - 1) + "." + extension;
        }
        return name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean isUtf8Text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A size as people read it: "812 KB", "1.2 MB". */
    public static String readableSize(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, Math.round(bytes / 1024.0)) + " KB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
