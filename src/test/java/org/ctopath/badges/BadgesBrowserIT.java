package org.ctopath.badges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.ctopath.testing.browser.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner gets the badge of a pass from their certifications page (a button: the POST issues it,
 * the file downloads), and another person checks the file on the verification page.
 */
class BadgesBrowserIT extends BrowserTest {

    private static final String PASSWORD = "a long enough password";

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

    /** A learner of this test's own, made by the administrator on the people page, with a password so that they can sign in. */
    private String makeLearner(String name) {
        String username = "badge-browser-" + UUID.randomUUID().toString().substring(0, 8);
        signIn("admin", "admin-demo");
        open("/admin/people/person");
        type("Name", name);
        type("Username", username);
        type("Password", PASSWORD);
        clickAndWaitForNewPage(find(By.id("person:save")));
        assertTrue(pageText().contains("Created " + name + "."), pageText());
        return username;
    }

    /** Waits until the browser has saved a whole file (Chromium writes a .crdownload first) whose name matches, and answers it. */
    private Path downloaded(String namePattern) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            try (var files = Files.list(folder)) {
                return files.filter(f -> f.getFileName().toString().matches(namePattern)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void aLearnersBadgeFileIsVerifiedByAnotherPersonAndAChangedOneIsNot() throws IOException {
        String name = "Badge Browser " + UUID.randomUUID().toString().substring(0, 4);
        String learner = makeLearner(name);
        signIn(learner, PASSWORD);
        // Downloads go to this test's folder, where the test reads them.
        ((HasCdp) browser).executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", folder.toString()));
        open("/learner/certifications");
        chooseFromMenu("attempt:certification", "ITIL 4 Foundation");
        enterDate("attempt:on", LocalDate.now(ZoneOffset.UTC).minusDays(2).toString());
        clickAndWaitForNewPage(browser.findElement(By.id("attempt:record")));

        find(By.cssSelector("button.get-badge")).click();

        Path badgeFile = downloaded("ctopath-badge-certification-\\d+\\.jwt");
        String credential = Files.readString(badgeFile, StandardCharsets.US_ASCII);
        assertEquals("/learner/certifications", currentPath(), "the page stays; the badge arrives as a file");
        String again = (String) script("var x = new XMLHttpRequest(); x.open('GET', arguments[0], false); x.send();"
                + " return x.status + ' ' + x.getResponseHeader('Content-Type') + ' ' + x.responseText;",
                url("/badges/download/certification/" + badgeFile.getFileName().toString().replaceAll("\\D", "") + ".jwt"));
        assertEquals("200 application/vc+jwt " + credential, again, "issued once, then read by its download address");
        String[] parts = credential.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String changed = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace(name, "Somebody Else").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        String changedFile = file("changed.jwt", changed.getBytes(StandardCharsets.US_ASCII));

        signIn("learner", "learner-demo");
        String valid = verify(badgeFile.toString());
        assertTrue(valid.contains("VALID"), valid);
        assertTrue(valid.contains(name), valid);
        assertTrue(valid.contains("ITIL 4 Foundation"), valid);

        String tampered = verify(changedFile);
        assertTrue(tampered.contains("TAMPERED"), tampered);
        assertTrue(tampered.contains("changed after it was issued"), tampered);

        String photo = verify(file("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}));
        assertTrue(photo.contains("MALFORMED"), photo);
        assertEquals("/badges/verify", currentPath());
    }
}
