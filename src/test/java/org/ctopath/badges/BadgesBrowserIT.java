package org.ctopath.badges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.ctopath.testing.browser.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A learner gets the badge of a pass from their certifications page, and another person checks the file on the verification page. */
class BadgesBrowserIT extends BrowserTest {

    private static Path folder;

    @BeforeAll
    static void makeFolder() throws IOException {
        folder = Files.createTempDirectory("ctopath-badges");
    }

    @AfterAll
    static void removeFolder() throws IOException {
        if (folder == null) {
            return;
        }
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

    private String verify(String path) {
        open("/badges/verify");
        browser.findElement(By.id("verify:file_input")).sendKeys(path);
        clickAndWaitForNewPage(browser.findElement(By.id("verify:check")));
        return find(By.cssSelector(".badge-verdict")).getText();
    }

    @Test
    void aLearnersBadgeFileIsVerifiedByAnotherPersonAndAChangedOneIsNot() throws IOException {
        signIn("learner3", "learner-demo");
        open("/learner/certifications");
        chooseFromMenu("attempt:certification", "ITIL 4 Foundation");
        enterDate("attempt:on", LocalDate.now(ZoneOffset.UTC).minusDays(2).toString());
        clickAndWaitForNewPage(browser.findElement(By.id("attempt:record")));
        String badge = find(By.cssSelector(".get-badge")).getAttribute("href");

        String answer = (String) script("var x = new XMLHttpRequest(); x.open('GET', arguments[0], false); x.send();"
                + " return x.status + ' ' + x.getResponseHeader('Content-Type') + ' ' + x.responseText;", badge);

        assertTrue(answer.startsWith("200 application/vc+jwt "), answer);
        String credential = answer.substring("200 application/vc+jwt ".length());
        String badgeFile = file("badge.jwt", credential.getBytes(StandardCharsets.US_ASCII));
        String[] parts = credential.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String changed = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("Priya Nair", "Somebody Else").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        String changedFile = file("changed.jwt", changed.getBytes(StandardCharsets.US_ASCII));

        signIn("learner", "learner-demo");
        String valid = verify(badgeFile);
        assertTrue(valid.contains("VALID"), valid);
        assertTrue(valid.contains("Priya Nair"), valid);
        assertTrue(valid.contains("ITIL 4 Foundation"), valid);

        String tampered = verify(changedFile);
        assertTrue(tampered.contains("TAMPERED"), tampered);
        assertTrue(tampered.contains("changed after it was issued"), tampered);

        String photo = verify(file("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}));
        assertTrue(photo.contains("MALFORMED"), photo);
        assertEquals("/badges/verify", currentPath());
    }
}
