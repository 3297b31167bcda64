package org.ctopath.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctopath.testing.browser.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Evidence and certificate files: kept when they are what they say, refused with a message when not,
 * and opened only by the learner, their current mentor and administrators.
 */
class EvidenceFilesBrowserIT extends BrowserTest {

    private static Path folder;

    @BeforeAll
    static void makeFolder() throws IOException {
        folder = Files.createTempDirectory("ctopath-uploads");
    }

    @AfterAll
    static void removeFolder() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    private static String file(String name, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return file.toString();
    }

    private void attach(String fieldId, String path) {
        browser.findElement(By.id(fieldId + "_input")).sendKeys(path);
    }

    @Test
    void anEvidenceFileIsOpenedByTheLearnerTheirMentorAndAdministratorsOnly() throws IOException {
        signIn("learner", "learner-demo");
        open("/learner/assessment");
        String skillPage = find(By.cssSelector("[id='assessment:ratings:3'] .rating-skill, #assessment\\:ratings_data tr:nth-child(4) .rating-skill"))
                .getAttribute("href");
        chooseFromMenu("assessment:ratings:3:level", "e-2 Professional");
        attach("assessment:ratings:3:evidenceFile", file("architecture review.pdf", FileRulesTest.PDF));
        clickAndWaitForNewPage(browser.findElement(By.id("assessment:save")));
        assertEquals("/learner/gaps", currentPath(), pageText());

        browser.get(skillPage);
        waitForPage();
        var link = find(By.cssSelector(".evidence-file"));
        assertTrue(link.getText().contains("architecture review.pdf (1 KB)"), link.getText());
        String href = link.getAttribute("href");
        assertEquals("200 %PDF-", fetch(href));

        signIn("mentor", "mentor-demo");
        assertEquals("200 %PDF-", fetch(href), "Lena's mentor opens it");
        signIn("admin", "admin-demo");
        assertEquals("200 %PDF-", fetch(href), "an administrator opens it");
        signIn("learner2", "learner-demo");
        assertEquals("404", fetch(href).substring(0, 3), "another learner is told there is no such file");
        signIn("mentor2", "mentor-demo");
        assertEquals("404", fetch(href).substring(0, 3), "a mentor of others is told there is no such file");
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefusedNextToItAndNothingIsSaved() throws IOException {
        signIn("learner", "learner-demo");
        open("/learner/assessment");
        String before = find(By.cssSelector("#assessment\\:ratings_data tr:nth-child(5) .app-muted")).getText();
        chooseFromMenu("assessment:ratings:4:level", "e-3 Senior Professional");
        attach("assessment:ratings:4:evidenceFile", file("proof.pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        clickAndWaitForNewPage(browser.findElement(By.id("assessment:save")));

        assertEquals("/learner/assessment", currentPath());
        assertEquals("\"proof.pdf\" is not the PDF file its name says it is. Upload the file itself.",
                find(By.cssSelector("[id='assessment:ratings:4:evidenceFile'] ~ .ui-message")).getText());
        open("/learner/assessment");
        assertEquals(before, find(By.cssSelector("#assessment\\:ratings_data tr:nth-child(5) .app-muted")).getText(),
                "the refused rating was not saved");
    }

    @Test
    void aFormLargerThanTheServerTakesGetsTooLargeWithAPageThatSaysSo() {
        signIn("learner", "learner-demo");
        open("/learner/assessment");

        String answer = (String) script("var form = new FormData(); form.append('file', new Blob([new Uint8Array(12 * 1024 * 1024)]), 'big.pdf');"
                + " var x = new XMLHttpRequest(); x.open('POST', arguments[0], false); x.send(form);"
                + " return x.status + ' ' + (x.responseText.indexOf('nothing of it was saved') >= 0);", url("/learner/assessment.xhtml"));

        assertEquals("413 true", answer);
    }

    @Test
    void aCertificateFileIsKeptWithThePassedAttempt() throws IOException {
        signIn("learner3", "learner-demo");
        open("/learner/certifications");
        chooseFromMenu("attempt:certification", "ITIL 4 Foundation");
        type("Certificate number", "GR671234567LN");
        enterDate("attempt:on", "2026-10-01");
        attach("attempt:certificateFile", file("itil4-foundation.png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}));
        clickAndWaitForNewPage(browser.findElement(By.id("attempt:record")));

        var link = find(By.cssSelector(".certificate-file"));
        assertEquals("itil4-foundation.png", link.getText().trim());
        assertTrue(fetch(link.getAttribute("href")).startsWith("200"));
        assertFalse(pageText().contains("Upload the file itself"));
        assertTrue(pageText().contains("GR671234567LN"), pageText());
    }
}
