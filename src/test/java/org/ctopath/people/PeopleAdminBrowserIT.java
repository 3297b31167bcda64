package org.ctopath.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.ctopath.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An administrator makes a team, imports people into it, opens one of them and deactivates them. */
class PeopleAdminBrowserIT extends BrowserTest {

    @Test
    void anAdministratorMakesATeamImportsPeopleAndDeactivatesOne() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String team = "Browser " + tag;
        signIn("admin", "admin-demo");

        clickAndWaitForNewPage(find(By.id("admin-teams")));
        assertEquals("Teams", heading());
        type("Name", team);
        find(By.id("teams:add")).click();
        waitForPage();
        assertTrue(pageText().contains("Added the team " + team + "."), pageText());
        assertTrue(findAll(By.cssSelector(".team-name")).stream().anyMatch(e -> e.getText().equals(team)));

        Path file = Files.createTempFile("people", ".csv");
        Files.writeString(file, "name,email,username,team,manager,role_profile,roles\n"
                + "Mona Mentor,mona-" + tag + "@example.org,mona-" + tag + "," + team + ",,,MENTOR\n"
                + "Lars Learner,lars-" + tag + "@example.org,lars-" + tag + "," + team + "/Squad,mona-" + tag + ",CTO,\n",
                StandardCharsets.UTF_8);
        open("/admin/people/import");
        assertTrue(pageText().contains("cannot sign in until an administrator sets one"));
        browser.findElement(By.cssSelector("[id='import:file'] input[type='file']")).sendKeys(file.toString());
        assertEquals("2 people created, 0 updated, 0 unchanged, 1 team created", find(By.id("summary")).getText());
        Files.delete(file);

        open("/admin/people/index");
        type("Search", tag);
        find(By.id("list:search")).click();
        waitForPage();
        assertEquals(2, findAll(By.cssSelector(".person-name")).size());
        WebElement lars = findAll(By.cssSelector(".person-link")).stream().filter(e -> e.getText().contains("Lars Learner"))
                .findFirst().orElseThrow();
        clickAndWaitForNewPage(lars);

        assertEquals("Lars Learner", heading());
        assertTrue(currentPath().startsWith("/admin/people/person"), currentPath());
        assertTrue(find(By.id("person:no-password-note")).getText().contains("cannot sign in until you set one"));
        assertTrue(pageText().contains("No current plan."));
        assertTrue(pageText().contains("Skill gaps against"));

        find(By.id("person:deactivate")).click();
        clickAndWaitForNewPage(find(By.id("person:confirm-yes")));

        assertTrue(find(By.id("person:deactivated-note")).getText().contains("Lars Learner cannot sign in"));
        assertTrue(pageText().contains("is deactivated: they cannot sign in, and everything they did is kept."), pageText());
        assertTrue(isPresent(By.id("person:reactivate")));
    }
}
