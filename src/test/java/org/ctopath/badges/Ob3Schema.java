package org.ctopath.badges;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * 1EdTech's JSON schema of the OB 3.0 AchievementCredential (see {@code openbadges/SOURCE.md} in the
 * test resources), as a validator: what it finds wrong in a credential, nothing when it conforms.
 */
final class Ob3Schema {

    private static final Schema SCHEMA = load();

    private Ob3Schema() {
    }

    private static Schema load() {
        try (InputStream in = Ob3Schema.class.getResourceAsStream("/openbadges/ob_v3p0_achievementcredential_schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's complaints about the credential (its JSON text), each as a sentence with its place; empty when it conforms. */
    static List<String> problems(String credentialJson) {
        return SCHEMA.validate(credentialJson, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
