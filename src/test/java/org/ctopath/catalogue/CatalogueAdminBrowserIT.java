package org.ctopath.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.ctopath.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Administrators keep the catalogue in the browser; nobody else reaches its pages. */
class CatalogueAdminBrowserIT extends BrowserTest {

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    /** The error shown right after the field with this id, in the same place on the form. */
    private String messageNextTo(String id) {
        return find(By.xpath("//*[@id='" + id + "']/following-sibling::div[contains(@class,'ui-message-error')]")).getText();
    }

    private List<String> catalogueTitles(String search) {
        open("/catalogue/index");
        type(byLabel("Search"), search);
        browser.findElement(By.id("catalogue:search")).click();
        waitForPage();
        return findAll(By.cssSelector("[id='catalogue:resources'] .resource-title")).stream().map(WebElement::getText).toList();
    }

    @Test
    void anAdministratorCreatesAResourceFixingWhatTheFormPointsOutThenArchivesIt() {
        String code = unique("BRW");
        String title = "Browser test book " + code;
        signIn("admin", "admin-demo");
        open("/admin/catalogue/resource");

        type(byLabel("Code"), code);
        chooseFromMenu("resource:kind", "Book");
        type(byLabel("Title"), title);
        type(byLabel("Provider or author"), "Test Author");
        type(byLabel("URL"), "not a web address");
        type(byLabel("Effort (hours)"), "6");
        browser.findElement(By.id("resource:addSkill")).click();
        waitForPage();
        chooseFromMenu("resource:skills:0:skill", "Architecture Design (ARCH-DESIGN)");
        type(find(By.id("resource:skills:0:from")), "3");
        type(find(By.id("resource:skills:0:to")), "3");
        browser.findElement(By.id("resource:save")).click();
        waitForPage();

        assertEquals("Enter a web address starting with http:// or https://, such as https://www.example.org/.", messageNextTo("resource:url"));
        assertEquals("The level reached must be higher than the starting level 3.", messageNextTo("resource:skills:0:to"));
        assertEquals("/admin/catalogue/resource", currentPath());

        type(byLabel("URL"), "https://www.example.org/book");
        type(find(By.id("resource:skills:0:to")), "4");
        clickAndWaitForNewPage(browser.findElement(By.id("resource:save")));

        assertTrue(pageText().contains("Saved " + code + "."), pageText());
        assertEquals("Edit " + code, heading());
        assertEquals(List.of(title), catalogueTitles(title));
        clickAndWaitForNewPage(browser.findElement(By.linkText(title)));
        assertTrue(find(By.id("skills")).getText().contains("Architecture Design"), "the skills it builds");

        open("/admin/catalogue/resource?code=" + code);
        clickAndWaitForNewPage(find(By.id("resource:archive")));

        assertTrue(isPresent(By.id("resource:archived-note")));
        assertEquals(List.of(), catalogueTitles(title));
        assertTrue(pageText().contains("Nothing in the catalogue matches. Try fewer filters."));
        open("/catalogue/resource?code=" + code);
        assertEquals(title, heading(), "an archived resource keeps its page");
    }

    @Test
    void theListShowsArchivedResourcesOnlyWhenAsked() {
        String code = unique("BRL");
        signIn("admin", "admin-demo");
        open("/admin/catalogue/resource");
        type(byLabel("Code"), code);
        chooseFromMenu("resource:kind", "Article");
        type(byLabel("Title"), "Browser list test " + code);
        type(byLabel("Provider or author"), "Test Author");
        type(byLabel("Effort (hours)"), "1");
        clickAndWaitForNewPage(browser.findElement(By.id("resource:save")));
        clickAndWaitForNewPage(find(By.id("resource:archive")));

        open("/admin/catalogue/resources");
        type(byLabel("Search"), code);
        browser.findElement(By.id("list:search")).click();
        waitForPage();
        assertTrue(pageText().contains("No resource matches."));

        find(By.cssSelector("[id='list:showArchived'] .ui-chkbox-box")).click();
        browser.findElement(By.id("list:search")).click();
        waitForPage();

        List<WebElement> rows = findAll(By.cssSelector("[id='list:resources_data'] tr"));
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getText().contains(code) && rows.get(0).getText().contains("Archived"), rows.get(0).getText());
    }

    @Test
    void aBadCsvFileIsReportedRowByRowAndNothingIsImported() throws IOException {
        String code = unique("BRC");
        Path file = Files.createTempFile("catalogue", ".csv");
        Files.writeString(file, String.join(",", CatalogueCsv.COLUMNS) + "\n"
                + code + ",BOOK,Browser import test,Test Author,,en,-2,,,,ARCH-DESIGN:1-2,,,,,,,\n", StandardCharsets.UTF_8);
        signIn("admin", "admin-demo");
        open("/admin/catalogue/exchange");
        assertTrue(pageText().contains("at most 2 MB"));

        browser.findElement(By.cssSelector("[id='import:file'] input[type='file']")).sendKeys(file.toString());

        WebElement problems = find(By.id("import:problems"));
        assertEquals(List.of("2"), problems.findElements(By.cssSelector(".problem-line")).stream().map(WebElement::getText).toList());
        assertEquals("effort_hours", problems.findElement(By.cssSelector(".problem-column")).getText());
        assertEquals("Effort cannot be negative.", problems.findElement(By.cssSelector(".problem-reason")).getText());
        assertTrue(pageText().contains("Nothing was imported from"));
        Files.delete(file);
    }

    @Test
    void aLearnerGetsTheNotForYourRolePage() {
        signIn("learner", "learner-demo");

        open("/admin/catalogue/resources");

        assertTrue(isPresent(By.id("error-403")));
        assertTrue(pageText().contains("This page belongs to another role than yours"));
    }
}
