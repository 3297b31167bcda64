package org.ctopath.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPageTest {

    private static byte[] serialized(Serializable value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static List<ReportRow> overdueRows(int n) {
        List<ReportRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LinkedHashMap<String, Object> values = new LinkedHashMap<>();
            values.put("team_id", (long) i);
            values.put("team", "Team " + i);
            values.put("mentor", "Mentor " + i);
            values.put("overdue_items", (long) i * 3);
            rows.add(new ReportRow(values));
        }
        return rows;
    }

    /** The session, view-scoped beans and all, is serialized after every request: a report's rows must not ride in it. */
    @Test
    void theSummaryRowsStayOutOfTheSerializedSession() throws Exception {
        ReportPage empty = new ReportPage();
        ReportPage shown = new ReportPage();
        List<ReportRow> rows = overdueRows(500);
        shown.show(ReportTable.OVERDUE, rows);
        assertEquals(500, shown.rows("overdue").size(), "the page renders them");

        byte[] bytes = serialized(shown);
        assertEquals(serialized(empty).length, bytes.length, "no more than a page without rows");
        assertTrue(serialized(new ArrayList<>(rows)).length > 10 * bytes.length, "the rows themselves would weigh far more");

        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            ReportPage restored = (ReportPage) in.readObject();
            assertEquals(List.of(), restored.rows("overdue"), "restored elsewhere: nothing to render, and no failure");
            restored.show(ReportTable.OVERDUE, rows.subList(0, 2));
            assertEquals(2, restored.rows("overdue").size());
        }
    }

    @Test
    void aChartOfNamesCannotEndTheScriptItIsWrittenInto() {
        String team = "Ops </script><script>alert(1)</script> <!--<script>";

        String chart = ReportPage.chart("bar", jakarta.json.Json.createArrayBuilder().add(team),
                jakarta.json.Json.createArrayBuilder(), false);

        assertTrue(!chart.contains("<") && !chart.contains(">"), chart);
        assertEquals(team, jakarta.json.Json.createReader(new java.io.StringReader(chart)).readObject()
                .getJsonObject("data").getJsonArray("labels").getString(0));
    }
}
