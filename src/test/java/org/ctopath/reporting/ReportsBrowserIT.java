package org.ctopath.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ctopath.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An administrator finds the reports, looks at a chart, filters the heatmap by a team and drills down to the people. */
class ReportsBrowserIT extends BrowserTest {

    @Test
    void anAdministratorFiltersAReportAndDrillsDownToThePeople() {
        signIn("admin", "admin-demo");
        open("/admin/home.xhtml");
        clickAndWaitForNewPage(find(By.id("admin-reports")));
        assertEquals("/admin/reports/index.xhtml", currentPath());

        clickAndWaitForNewPage(find(By.id("report-plans")));
        assertEquals(2, findAll(By.cssSelector(".report-chart canvas")).size(), "plans by state, and on track or behind by team");

        clickAndWaitForNewPage(find(By.id("nav-heatmap")));
        new Select(find(By.id("team"))).selectByVisibleText("Platform");
        assertEquals("CTO", new Select(find(By.id("profile"))).getFirstSelectedOption().getAttribute("value"), "the heatmap's profile is CTO unless chosen");
        clickAndWaitForNewPage(find(By.id("apply")));
        assertTrue(browser.getCurrentUrl().contains("team="), "the filters are in the address: " + browser.getCurrentUrl());
        assertEquals("Platform", new Select(find(By.id("team"))).getFirstSelectedOption().getText().trim(), "the form shows the filter");
        List<WebElement> rows = findAll(By.cssSelector("#heatmap tbody tr"));
        assertEquals(1, rows.size(), "only the Platform team");
        assertEquals("Platform", rows.get(0).getAttribute("data-team"));
        WebElement cell = rows.get(0).findElement(By.cssSelector("td a.drill-link"));
        assertTrue(cell.findElement(By.xpath("..")).getAttribute("class").matches("gap-[0-3]"), "a colour band");

        clickAndWaitForNewPage(cell);
        assertTrue(browser.getCurrentUrl().contains("skill="), browser.getCurrentUrl());
        find(By.id("drill-title"));
        List<WebElement> people = findAll(By.cssSelector("#drill\\:people a.person-link"));
        assertFalse(people.isEmpty(), "the people of the cell");
        for (WebElement person : people) {
            assertTrue(person.getAttribute("href").matches(".*/admin/people/person\\.xhtml\\?id=\\d+"), person.getAttribute("href"));
        }
        assertTrue(pageText().contains("Lena Fischer") || pageText().contains("Tomás Silva"), pageText());

        // The list filters by person and sorts in the database, through the table's own controls.
        WebElement filter = find(By.cssSelector("#drill\\:people input.ui-column-filter"));
        filter.sendKeys("zz-nobody");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("#drill\\:people a.person-link")).isEmpty());
        assertTrue(pageText().contains("Nothing here."), pageText());
        filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("#drill\\:people a.person-link")).size() == people.size());

        String export = find(By.cssSelector("#drill-section .export-csv")).getAttribute("href");
        assertTrue(export.contains("team=") && export.contains("skill=") && export.contains("inTeam="), export);
        assertTrue(fetch(export).startsWith("200 "), "the export of the list");
    }
}
