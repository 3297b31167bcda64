package org.ctopath.competency.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.ctopath.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An administrator imports a framework file in the browser and reads what was wrong with it. */
class FrameworkExchangeBrowserIT extends BrowserTest {

    private void upload(String content, String format) throws IOException {
        Path file = Files.createTempFile("framework", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        open("/admin/framework/exchange");
        if (!format.equals("CSV")) {
            chooseFromMenu("import:format", format);
        }
        browser.findElement(By.cssSelector("input[type='file']")).sendKeys(file.toString());
        clickAndWaitForNewPage(browser.findElement(By.id("import:import-file")));
        Files.delete(file);
    }

    private static String header() {
        return String.join(",", FrameworkCsv.COLUMNS) + "\n";
    }

    @Test
    void aBadFileIsRefusedWithEveryProblemByLineAndColumn() throws IOException {
        signIn("admin", "admin-demo");
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        upload(header() + "NEW-" + suffix + ",New,ECF,G-" + suffix + ",Group,,S-" + suffix + ",Skill,,Q.1,,Do\n"
                + "NEW-" + suffix + ",New,ECF,G-" + suffix + ",Group,,S-" + suffix + ",Again,,,,Do\n", "CSV");

        assertTrue(pageText().contains("Nothing was imported: 2 problem(s)"), pageText());
        List<String> where = findAll(By.cssSelector(".problem-where")).stream().map(WebElement::getText).toList();
        List<String> columns = findAll(By.cssSelector(".problem-column")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("line 2", "line 3"), where);
        assertEquals(List.of("ecf_code", "skill_code"), columns);
    }

    @Test
    void aGoodFileIsImportedAndItsSkillsCanBeEdited() throws IOException {
        signIn("admin", "admin-demo");
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        upload(header() + "NEW-" + suffix + ",New framework,ECF,G-" + suffix + ",Group,,S-" + suffix + ",Imported skill,,A.5,,Do this | Do that\n", "CSV");

        assertTrue(pageText().contains("1 group(s) created, 0 updated; 1 skill(s) created, 0 updated"), pageText());
        open("/admin/framework/skill?code=S-" + suffix);
        assertEquals("Imported skill", byLabel("Name").getAttribute("value"));
        assertEquals("Do this\nDo that", byLabel("Behavioural indicators (one per line)").getAttribute("value"));
    }
}
