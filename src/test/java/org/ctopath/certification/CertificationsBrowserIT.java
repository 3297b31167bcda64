package org.ctopath.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.ctopath.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A learner records an ITIL 4 pass and sees the suite's renew-by date and designation progress. */
class CertificationsBrowserIT extends BrowserTest {

    @Test
    void aPassSetsTheRenewByDateAndAFailIsToldApartFromAPass() {
        signIn("learner", "learner-demo");
        clickAndWaitForNewPage(find(By.id("open-certifications")));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        chooseFromMenu("attempt:certification", "ITIL 4 Foundation");
        type("Score", "20");
        type("Exam day", today.toString());
        clickAndWaitForNewPage(browser.findElement(By.id("attempt:record")));
        assertEquals("A score below the pass mark (26) is a fail.", find(By.cssSelector("[id='attempt:score'] ~ .ui-message-error")).getText());

        type("Score", "34");
        clickAndWaitForNewPage(browser.findElement(By.id("attempt:record")));

        assertTrue(pageText().contains("Passed: ITIL 4 Foundation."), pageText());
        assertEquals(today.plusMonths(36).toString(), find(By.cssSelector(".renew-by")).getText());
        assertEquals("Current", find(By.cssSelector(".renewal-status")).getText());
        assertTrue(findAll(By.cssSelector(".designation-progress")).stream().anyMatch(d -> d.getText().startsWith("ITIL 4 Strategic Leader: ")));
    }
}
