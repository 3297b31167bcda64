package org.ctopath.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FileRulesTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

    private static FileRules.Result check(String name, byte[] content) {
        return FileRules.check(new Upload(name, content));
    }

    @Test
    void aPdfIsKeptAndServedAsPdfWhateverTheBrowserSaid() {
        FileRules.Result result = check("certificate.PDF", PDF);

        assertTrue(result.isAccepted(), result.refusal());
        assertEquals("application/pdf", result.accepted().contentType());
        assertEquals("certificate.PDF", result.accepted().name());
    }

    @Test
    void imagesOfficeFilesAndTextAreKept() {
        assertTrue(check("badge.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}).isAccepted());
        assertTrue(check("photo.jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}).isAccepted());
        assertTrue(check("review.docx", new byte[] {'P', 'K', 3, 4, 20}).isAccepted());
        assertTrue(check("notes.txt", "Führte das Team – 3 Quartale".getBytes(StandardCharsets.UTF_8)).isAccepted());
    }

    @Test
    void aFileWhoseBytesAreNotWhatItsNameSaysIsRefused() {
        FileRules.Result result = check("certificate.pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));

        assertFalse(result.isAccepted());
        assertEquals("\"certificate.pdf\" is not the PDF file its name says it is. Upload the file itself.", result.refusal());
    }

    @Test
    void textThatIsNotUtf8OrHoldsBinaryIsRefused() {
        assertFalse(check("notes.txt", new byte[] {'a', (byte) 0xff, 'b'}).isAccepted());
        assertFalse(check("notes.txt", new byte[] {'a', 0, 'b'}).isAccepted());
    }

    @Test
    void kindsThatAreNotProofAreRefusedWithWhatIsAccepted() {
        FileRules.Result result = check("setup.exe", new byte[] {'M', 'Z'});

        assertEquals("\"setup.exe\" is not a file kind we keep. Upload " + FileRules.ACCEPTED + ".", result.refusal());
        assertFalse(check("page.html", "<p>".getBytes(StandardCharsets.UTF_8)).isAccepted());
        assertFalse(check("no-extension", PDF).isAccepted());
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertEquals("\"empty.pdf\" is empty.", check("empty.pdf", new byte[0]).refusal());

        byte[] large = Arrays.copyOf(PDF, FileRules.MAX_BYTES + 1);
        assertEquals("\"large.pdf\" is 5.0 MB; files may be at most 5 MB.", check("large.pdf", large).refusal());
        assertTrue(check("limit.pdf", Arrays.copyOf(PDF, FileRules.MAX_BYTES)).isAccepted());
    }

    @Test
    void sizesReadInKilobytesOrMegabytes() {
        assertEquals("1 KB", FileRules.readableSize(20));
        assertEquals("812 KB", FileRules.readableSize(812 * 1024));
        assertEquals("1.2 MB", FileRules.readableSize(1_258_291));
    }

    @Test
    void onlyTheLastPartOfAPathIsKeptAsTheName() {
        assertEquals("cert.pdf", FileRules.cleanName("C:\\Users\\lena\\cert.pdf"));
        assertEquals("cert.pdf", FileRules.cleanName("../../etc/cert.pdf"));
        assertEquals("cert.pdf", FileRules.cleanName("ce\u0000rt\n.pdf"));
        String longName = FileRules.cleanName("x".repeat(300) + ".pdf");
        assertEquals(FileRules.NAME_MAXLENGTH, longName.length());
        assertTrue(longName.endsWith(".pdf"));
        assertEquals("", FileRules.cleanName(null));
    }

    @Test
    void theDownloadNameForOldBrowsersHasNoQuotesOrNonAscii() {
        assertEquals("Zertifikat __a_b_.pdf", FileServlet.asciiName("Zertifikat ü\"a\\b\".pdf"));
    }
}
