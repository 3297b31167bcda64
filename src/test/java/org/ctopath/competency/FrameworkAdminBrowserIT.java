package org.ctopath.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.ctopath.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Administrators keep the framework in the browser; nobody else may. */
class FrameworkAdminBrowserIT extends BrowserTest {

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private void choose(String menuId, String label) {
        chooseFromMenu(menuId, label);
    }

    private void save() {
        clickAndWaitForNewPage(browser.findElement(By.id(browser.findElement(By.cssSelector("form.edit-form")).getAttribute("id") + ":save")));
    }

    @Test
    void aBadSkillIsExplainedFieldByFieldThenSavedAndLogged() {
        signIn("admin", "admin-demo");
        open("/admin/home");
        clickAndWaitForNewPage(find(By.id("admin-skills")));
        clickAndWaitForNewPage(find(By.id("new-skill")));

        byLabel("Code").sendKeys("no spaces please");
        byLabel("e-CF code").sendKeys("Z9");
        save();

        assertEquals("/admin/framework/skill", currentPath());
        assertEquals("Use 2 to 32 capital letters, digits and hyphens, such as CLOUD-COST.", find(By.cssSelector("[id='skill:code'] + .ui-message")).getText());
        assertEquals("Give the skill a name.", find(By.cssSelector("[id='skill:name'] + .ui-message")).getText());
        assertEquals("An e-CF code is an area letter A to E, a dot and a number, such as A.5.",
                find(By.cssSelector("[id='skill:ecfCode'] + .ui-message")).getText());
        assertTrue(pageText().contains("Give at least one behavioural indicator"));

        String code = unique("PLATFORM");
        byLabel("Code").clear();
        byLabel("Code").sendKeys(code);
        byLabel("Name").sendKeys("Platform engineering");
        byLabel("e-CF code").clear();
        byLabel("Behavioural indicators (one per line)").sendKeys("Run the internal platform as a product\nMeasure developer experience");
        choose("skill:group", "CTO development framework › Technical leadership and strategy");
        save();

        assertEquals("/admin/framework/skills", currentPath());
        assertTrue(pageText().contains("Skill " + code + " saved."));
        open("/admin/framework/skill?code=" + code);
        assertEquals("Run the internal platform as a product\nMeasure developer experience",
                byLabel("Behavioural indicators (one per line)").getAttribute("value"));


        open("/admin/audit");
        byLabel("Filter").sendKeys(code);
        browser.findElement(By.id("audit:apply")).click();
        waitForPage();
        List<WebElement> actions = findAll(By.cssSelector("#audit\\:entries .audit-action"));
        assertEquals("CREATE", actions.get(0).getText());
        assertEquals("admin", findAll(By.cssSelector("#audit\\:entries .audit-actor")).get(0).getText());

        open("/admin/framework/skill?code=" + code);
        clickAndWaitForNewPage(browser.findElement(By.id("skill:archive")));
        assertEquals("/admin/framework/skills", currentPath());
        assertTrue(pageText().contains("Skill " + code + " archived: it is no longer offered, and its history is kept."), pageText());
        open("/admin/framework/skill?code=" + code);
        assertTrue(isPresent(By.id("skill:restore")), "an archived skill can be restored");
    }

    @Test
    void aNewRoleProfileIsReadableByEveryRole() {
        signIn("admin", "admin-demo");
        open("/admin/framework/profile");
        String code = unique("VPE");

        byLabel("Code").sendKeys(code);
        byLabel("Name").sendKeys("VP Engineering " + code);
        choose("profile:targets:0:skill", "Leadership and teamwork");
        choose("profile:targets:0:level", "e-5 Principal");
        browser.findElement(By.id("profile:add-target")).click();
        waitForPage();
        choose("profile:targets:1:skill", "Planning and Organisation");
        choose("profile:targets:1:level", "e-4 Lead Professional");
        save();

        assertEquals("/admin/framework/profiles", currentPath(), pageText());
        assertTrue(pageText().contains("VP Engineering " + code));

        signIn("learner", "learner-demo");
        open("/competency/profile?code=" + code);
        assertEquals(List.of("Leadership and teamwork", "Planning and Organisation"),
                findAll(By.cssSelector(".skill-name")).stream().map(WebElement::getText).toList());
        assertEquals(List.of("Target: e-5 Principal", "Target: e-4 Lead Professional"),
                findAll(By.cssSelector(".skill-card .target")).stream().map(WebElement::getText).toList());
    }

    @Test
    void aLearnerCannotOpenTheFrameworkAdministration() {
        signIn("learner", "learner-demo");

        open("/admin/framework/skills");

        assertTrue(isPresent(By.id("error-403")));
    }
}
