package org.ctopath.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract check finds what drifts, and lets pass what agrees and what the server rightly refused. */
class ApiContractTest {

    static final String DOCUMENT = """
            {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "servers": [{"url": "/"}],
             "paths": {"/api/things/{id}": {"get": {"operationId": "thing",
               "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
               "responses": {
                 "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                 "404": {"description": "no", "content": {"application/problem+json": {"schema": {"type": "object"}}}}}}}},
             "components": {"schemas": {"Thing": {"type": "object", "required": ["id"],
               "properties": {"id": {"type": "integer"}, "due": {"type": "string", "format": "date"}}}}}}
            """;

    static JsonObject exchange(String method, String path, int status, String type, String body) {
        return Json.createObjectBuilder().add("test", "SomeIT.test").add("method", method).add("path", path).add("query", "")
                .add("requestHeaders", Json.createObjectBuilder())
                .add("status", status).add("responseHeaders", Json.createObjectBuilder().add("Content-Type", type))
                .add("responseBody", body).build();
    }

    @Test
    void anAnswerAsDocumentedPasses() {
        assertEquals(List.of(), ApiContract.check(DOCUMENT, List.of(
                exchange("GET", "/api/things/1", 200, "application/json", "{\"id\": 1, \"due\": \"2026-03-14\"}"),
                exchange("GET", "/api/things/2", 404, "application/problem+json", "{\"status\": 404}"))));
    }

    @Test
    void aPathOrMethodTheDocumentLacksMayOnlyBeRefused() {
        assertEquals(List.of(), ApiContract.check(DOCUMENT, List.of(
                exchange("GET", "/api/nothing", 404, "application/problem+json", "{}"),
                exchange("DELETE", "/api/things/1", 405, "application/problem+json", "{}"))));
        List<String> failures = ApiContract.check(DOCUMENT, List.of(exchange("GET", "/api/undocumented", 200, "application/json", "{}")));
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).contains("SomeIT.test: GET /api/undocumented answered 200"), failures.get(0));
    }

    @Test
    void anAnswerThatDriftedFromItsSchemaFailsNamingTheOperation() {
        List<String> failures = ApiContract.check(DOCUMENT, List.of(
                exchange("GET", "/api/things/1", 200, "application/json", "{\"id\": 1, \"due\": {\"year\": 2026}}"),
                exchange("GET", "/api/things/3", 200, "application/json", "{\"due\": \"2026-03-14\"}"),
                exchange("GET", "/api/things/4", 500, "application/problem+json", "{}")));
        assertEquals(3, failures.size(), failures.toString());
        assertTrue(failures.get(0).contains("[thing]") && failures.get(0).contains("due"), failures.get(0));
        assertTrue(failures.get(1).contains("id"), failures.get(1));
        assertTrue(failures.get(2).contains("500"), failures.get(2));
    }
}
