package org.ctopath.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ctopath.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Learners and mentors browse the read-only catalogue. */
class CatalogueBrowserIT extends BrowserTest {

    private List<String> titles() {
        return findAll(By.cssSelector("#catalogue\\:resources .resource-title")).stream().map(WebElement::getText).toList();
    }

    private String totalReport() {
        return find(By.cssSelector("#catalogue\\:resources .ui-paginator-current")).getText();
    }

    private void search() {
        browser.findElement(By.id("catalogue:search")).click();
        waitForPage();
    }

    @Test
    void aLearnerSearchesTheCatalogueAndOpensACertification() {
        signIn("learner", "learner-demo");
        clickAndWaitForNewPage(find(By.id("nav:nav-catalogue")));
        assertEquals("/catalogue/index", currentPath());
        assertEquals(20, titles().size(), "the first page of the catalogue");

        byLabel("Search").sendKeys("Foundation");
        search();

        assertTrue(titles().contains("ITIL 4 Foundation"), titles().toString());
        clickAndWaitForNewPage(browser.findElement(By.linkText("ITIL 4 Foundation")));
        assertEquals("/catalogue/resource", currentPath());
        assertEquals("ITIL 4 Foundation", heading());
        String exam = find(By.id("exam")).getText();
        assertTrue(exam.startsWith("40 questions, pass mark 26 (65%), 60 minutes (75 minutes if not in your native language)"), exam);
        assertEquals("None", find(By.id("prerequisites")).getText());
    }

    @Test
    void aCertificationPageShowsPrerequisitesAndTheDesignationsItCountsToward() {
        signIn("mentor", "mentor-demo");

        open("/catalogue/resource?code=ITIL4-DPI");

        assertEquals("ITIL 4 Foundation", find(By.id("prerequisites")).getText());
        List<String> designations = findAll(By.cssSelector(".designation strong")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("ITIL 4 Managing Professional", "ITIL 4 Strategic Leader"), designations);
        assertTrue(find(By.id("renewal")).getText().contains("20 CPD points"), find(By.id("renewal")).getText());
        assertTrue(findAll(By.cssSelector("#skills tbody tr")).size() >= 1);
    }

    @Test
    void filteringBySkillAndKindNarrowsTheList() {
        signIn("learner", "learner-demo");
        open("/catalogue/index");
        String everything = totalReport();

        chooseFromMenu("catalogue:kind", "Certification");
        search();

        String certifications = totalReport();
        assertTrue(Integer.parseInt(certifications.split(" ")[0]) < Integer.parseInt(everything.split(" ")[0]),
                certifications + " of " + everything);
        assertTrue(findAll(By.cssSelector("#catalogue\\:resources .resource-kind")).stream()
                .allMatch(k -> k.getText().equals("Certification")));

        browser.findElement(By.id("catalogue:clear")).click();
        waitForPage();
        assertEquals(everything, totalReport());
    }

    @Test
    void aSearchWithNoMatchSaysSo() {
        signIn("learner", "learner-demo");
        open("/catalogue/index");

        byLabel("Search").sendKeys("no resource is called this");
        search();

        assertTrue(pageText().contains("Nothing in the catalogue matches. Try fewer filters."));
    }

    @Test
    void anUnknownResourceGetsTheFriendlyNotFoundPage() {
        signIn("learner", "learner-demo");

        open("/catalogue/resource?code=NO-SUCH-THING");

        assertTrue(isPresent(By.id("error-404")));
    }
}
