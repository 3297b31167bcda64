package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void demoModeIsOnByDefaultWithTheEmbeddedDatabase() {
        assertTrue(Settings.demoMode(Optional.empty(), Database.DEFAULT_URL));
    }

    @Test
    void demoModeIsOffByDefaultWithPostgresql() {
        assertFalse(Settings.demoMode(Optional.empty(), "jdbc:postgresql://localhost/ctopath"));
    }

    @Test
    void demoModeFollowsAnExplicitSetting() {
        assertTrue(Settings.demoMode(Optional.of("true"), "jdbc:postgresql://localhost/ctopath"));
        assertFalse(Settings.demoMode(Optional.of("false"), Database.DEFAULT_URL));
    }

    @Test
    void theDataGeneratorFollowsDemoModeUnlessSetExplicitly() {
        assertTrue(Settings.dataGenerator(Optional.empty(), true));
        assertFalse(Settings.dataGenerator(Optional.empty(), false));
        assertTrue(Settings.dataGenerator(Optional.of("true"), false));
        assertFalse(Settings.dataGenerator(Optional.of("false"), true));
    }

    @Test
    void theApplicationsAddressForMailLinksHasNoTrailingSlash() {
        assertEquals("http://localhost:8080", Settings.appUrl(Optional.empty()));
        assertEquals("https://path.example.org", Settings.appUrl(Optional.of("https://path.example.org/")));
    }

    @Test
    void httpsExactlyWhenTheApplicationsAddressIsHttps() {
        assertTrue(Settings.https("https://path.example.org"));
        assertTrue(Settings.https("HTTPS://path.example.org"));
        assertFalse(Settings.https("http://localhost:8080"));
        assertFalse(Settings.https(Settings.appUrl(Optional.empty())));
        assertFalse(Settings.https("httpsx://nonsense"));
    }
}
