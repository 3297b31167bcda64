package org.ctopath.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.spi.TestDeployment;
import org.jboss.arquillian.container.test.spi.client.deployment.ProtocolArchiveProcessor;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;

/**
 * Keeps the test deployment distributable, as the application is. A web application is
 * distributable only when its {@code web.xml} and every web fragment of its libraries say so
 * (Servlet 6.0, 8.2.3), and the jars Arquillian adds to the WAR (its servlet protocol's fragment
 * declares the test runner servlet) do not: Payara then logged "Invalid Session Management
 * Configuration for non-distributable app [ctopath] - defaulting to memory", and the suite's server
 * kept sessions in memory while every real run keeps them in the data grid, versioned and serialized
 * after every request. This marks those fragments distributable, so the suite tests the sessions
 * people get.
 */
public class DistributableFragments implements ProtocolArchiveProcessor {

    static final String FRAGMENT = "META-INF/web-fragment.xml";
    private static final Pattern ROOT = Pattern.compile("<web-fragment\\b[^>]*>");

    @Override
    public void process(TestDeployment testDeployment, Archive<?> protocolArchive) {
        for (Node library : protocolArchive.getContent(Filters.include("/WEB-INF/lib/[^/]+\\.jar")).values()) {
            if (library.getAsset() instanceof ArchiveAsset nested) {
                markDistributable(nested.getArchive());
            }
        }
    }

    static void markDistributable(Archive<?> jar) {
        Node fragment = jar.get(FRAGMENT);
        if (fragment == null || fragment.getAsset() == null) {
            return;
        }
        String xml;
        try (InputStream in = fragment.getAsset().openStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String marked = distributable(xml);
        if (!marked.equals(xml)) {
            jar.delete(FRAGMENT);
            jar.add(new StringAsset(marked), FRAGMENT);
        }
    }

    /** The fragment with {@code <distributable/>} as its first element, unless it has one. */
    static String distributable(String xml) {
        if (xml.contains("<distributable")) {
            return xml;
        }
        Matcher root = ROOT.matcher(xml);
        if (!root.find()) {
            return xml;
        }
        return xml.substring(0, root.end()) + "\n  <distributable/>" + xml.substring(root.end());
    }
}
