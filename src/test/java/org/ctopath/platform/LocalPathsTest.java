package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LocalPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "/",
            "/learner/home",
            "/learner/skill?code=e-CF-E.9&from=x",
            "/admin/reports/gaps?team=3&to=2026-11-23",
            "/catalogue/index?q=%2F%2Fnot-a-host&page=2",
            "/learner/plan/",
            "/files/r%C3%A9sum%C3%A9",
            "/learner/home?",
            "/notifications/open?id=12"})
    void aPathOfTheApplicationIsKept(String address) {
        assertEquals(Optional.of(address), LocalPaths.check(address, ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "//evil.example/%2e%2e%2flearner/home",
            "//evil.example",
            "///evil.example/",
            "/\\evil.example",
            "\\\\evil.example",
            "/%2fevil.example",
            "/%2F%2Fevil.example",
            "/%5cevil.example",
            "/%5Cevil.example",
            "/learner/%2e%2e/admin/home",
            "/learner/%2E%2E%2Fadmin",
            "/learner/../admin/home",
            "/./learner/home",
            "/learner//home",
            "/%252e%252e/admin",
            "/learner/%00home",
            "/learner/%0d%0aSet-Cookie:x=1",
            "/learner/home\r\nSet-Cookie: x=1",
            "/learner/home\t",
            "/learner home",
            "/learner/hom\u00e9",
            "/learner/home#x",
            "/learner/%zz",
            "/learner/%2",
            "/learner?q=%g1",
            "https://evil.example/learner/home",
            "http:/evil.example",
            "javascript:alert(1)",
            "learner/home",
            "evil.example",
            ""})
    void anythingElseIsRefused(String address) {
        assertFalse(LocalPaths.isLocal(address, ""), address);
    }

    @Test
    void nothingAndOverlongAreRefused() {
        assertFalse(LocalPaths.isLocal(null, ""));
        assertFalse(LocalPaths.isLocal("/" + "a".repeat(LocalPaths.MAX_LENGTH), ""));
    }

    @Test
    void underAContextPathOnlyItsOwnPathsAreKept() {
        assertTrue(LocalPaths.isLocal("/ctopath/learner/home?x=1", "/ctopath"));
        assertTrue(LocalPaths.isLocal("/ctopath", "/ctopath"));
        assertFalse(LocalPaths.isLocal("/other/learner/home", "/ctopath"));
        assertFalse(LocalPaths.isLocal("/ctopathx/learner/home", "/ctopath"));
        assertFalse(LocalPaths.isLocal("/ctopath//evil.example", "/ctopath"));
        assertFalse(LocalPaths.isLocal("//evil.example/ctopath/", "/ctopath"));
    }
}
