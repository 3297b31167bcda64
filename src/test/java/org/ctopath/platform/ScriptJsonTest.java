package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {

    private static final String HOSTILE = "Arch </script><script>alert(1)</script> & \u2028\u2029 <!-- -->";

    @Test
    void nothingInTheTextCanEndTheScriptItIsWrittenInto() {
        String json = ScriptJson.of(Json.createObjectBuilder().add("label", HOSTILE).build());

        assertFalse(json.contains("<"), json);
        assertFalse(json.contains(">"), json);
        assertFalse(json.contains("&"), json);
        assertFalse(json.contains("\u2028"), json);
        assertFalse(json.contains("\u2029"), json);
        assertEquals("{\"label\":\"Arch \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u2028\\u2029"
                + " \\u003c!-- --\\u003e\"}", json);
    }

    @Test
    void theEscapedTextIsTheSameJsonValue() {
        JsonObject value = Json.createObjectBuilder().add("label", HOSTILE)
                .add("data", Json.createArrayBuilder().add(1).add(2.5)).add("plain", "no change").build();

        JsonObject readBack = Json.createReader(new StringReader(ScriptJson.of(value))).readObject();

        assertEquals(value, readBack);
        assertEquals(HOSTILE, readBack.getString("label"));
    }

    @Test
    void textWithoutSuchCharactersIsLeftAsItIs() {
        String json = "{\"type\":\"bar\",\"data\":[1,2]}";

        assertEquals(json, ScriptJson.escape(json));
    }
}
