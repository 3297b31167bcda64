package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V22 on a database that has calendar feeds in plain text: the real migrations up to V20, feeds as
 * V11 kept them, then Flyway's next step, which must find the Java migration beside the SQL ones.
 */
class HashCalendarFeedSecretsTest {

    @Test
    void existingPlainSecretsAreHashedInPlaceAndKeepTheirAddresses() throws Exception {
        String url = "jdbc:h2:mem:v22-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "sa").locations("classpath:db/migration").target("20").load().migrate();
        Map<Long, String> secrets = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(url, "sa", "sa")) {
            for (long id = 9001; id <= 9003; id++) {
                String secret = "plain-secret-of-" + id + "-" + UUID.randomUUID().toString().substring(0, 8);
                try (PreparedStatement account = db.prepareStatement("INSERT INTO account (id, username, display_name, password_hash, active,"
                        + " created_at, version) VALUES (?, ?, 'V22 Learner', 'x', TRUE, ?, 0)");
                     PreparedStatement feed = db.prepareStatement("INSERT INTO calendar_feed (account_id, token, created_at) VALUES (?, ?, ?)")) {
                    account.setLong(1, id);
                    account.setString(2, "v22-" + id);
                    account.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
                    account.executeUpdate();
                    feed.setLong(1, id);
                    feed.setString(2, secret);
                    feed.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
                    feed.executeUpdate();
                }
                secrets.put(id, secret);
            }
        }

        var result = Flyway.configure().dataSource(url, "sa", "sa").locations("classpath:db/migration").target("22").load().migrate();

        assertTrue(result.migrations.stream().anyMatch(m -> "22".equals(m.version) && m.type.contains("JDBC")),
                "V22 ran as a Java migration: " + result.migrations.stream().map(m -> m.version + " " + m.type).toList());
        try (Connection db = DriverManager.getConnection(url, "sa", "sa"); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT account_id, token_hash FROM calendar_feed WHERE account_id BETWEEN 9001 AND 9003"
                     + " ORDER BY account_id")) {
            int seen = 0;
            while (rows.next()) {
                String secret = secrets.get(rows.getLong(1));
                String stored = rows.getString(2);
                assertNotEquals(secret, stored, "no secret stays in plain text");
                assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8))),
                        stored, "the SHA-256 the application looks the address up by");
                seen++;
            }
            assertEquals(3, seen);
        }
    }
}
