package org.ctopath.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OpenApiMediaTypesTest {

    @Test
    void yamlUnlessTheClientPrefersJson() {
        assertTrue(OpenApiMediaTypes.wantsYaml(null, null));
        assertTrue(OpenApiMediaTypes.wantsYaml(null, "application/yaml"));
        assertTrue(OpenApiMediaTypes.wantsYaml(null, "*/*"));
        assertTrue(OpenApiMediaTypes.wantsYaml(null, "text/plain"));
        assertTrue(OpenApiMediaTypes.wantsYaml(null, "application/json;q=0.5, application/yaml"));
        assertFalse(OpenApiMediaTypes.wantsYaml(null, "application/json"));
        assertFalse(OpenApiMediaTypes.wantsYaml(null, "application/yaml;q=0.2, application/json"));
        assertFalse(OpenApiMediaTypes.wantsYaml(null, "application/*;q=0.1, application/json"));
        assertFalse(OpenApiMediaTypes.wantsYaml(null, "text/html"), "neither: Payara answers 406");
        assertFalse(OpenApiMediaTypes.wantsYaml(null, "application/yaml;q=0"));
    }

    @Test
    void theFormatParameterWins() {
        assertTrue(OpenApiMediaTypes.wantsYaml("yaml", "application/json"));
        assertTrue(OpenApiMediaTypes.wantsYaml("YAML", null));
        assertFalse(OpenApiMediaTypes.wantsYaml("JSON", "application/yaml"));
    }

    @Test
    void onlyPayarasYamlIsRelabelled() {
        assertEquals("application/yaml", OpenApiMediaTypes.labelled("text/plain"));
        assertEquals("application/yaml", OpenApiMediaTypes.labelled("text/plain;charset=UTF-8"));
        assertEquals("application/json", OpenApiMediaTypes.labelled("application/json"));
        assertEquals("text/html;charset=UTF-8", OpenApiMediaTypes.labelled("text/html;charset=UTF-8"));
    }
}
