package db.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Calendar feed secrets are kept as their SHA-256 hash (lower-case hex, as API tokens are), no longer
 * in plain text: each stored secret is replaced by its hash, so every address given out keeps
 * working, and the column is renamed to say what it holds. In Java because H2 and PostgreSQL spell
 * SHA-256 differently in SQL. Self-contained on purpose: a migration must not change with the code.
 */
public class V22__hash_calendar_feed_secrets extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        hashSecrets(context.getConnection());
    }

    /** Hashes every stored secret in place and renames the column; answers how many were hashed. */
    static int hashSecrets(Connection connection) throws SQLException {
        record Row(long accountId, String secret) {
        }
        List<Row> rows = new ArrayList<>();
        try (Statement select = connection.createStatement();
             ResultSet result = select.executeQuery("SELECT account_id, token FROM calendar_feed")) {
            while (result.next()) {
                rows.add(new Row(result.getLong(1), result.getString(2)));
            }
        }
        // A hash is 64 characters and a secret 43, so no hash can meet a secret not yet hashed in the unique column.
        try (PreparedStatement update = connection.prepareStatement("UPDATE calendar_feed SET token = ? WHERE account_id = ?")) {
            int pending = 0;
            for (Row row : rows) {
                update.setString(1, sha256(row.secret()));
                update.setLong(2, row.accountId());
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
        try (Statement rename = connection.createStatement()) {
            rename.execute("ALTER TABLE calendar_feed RENAME COLUMN token TO token_hash");
        }
        return rows.size();
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
