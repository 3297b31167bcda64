package org.ctopath.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

class DistributableFragmentsTest {

    private static final String FRAGMENT = "<?xml version=\"1.0\"?>\n<web-fragment xmlns=\"http://java.sun.com/xml/ns/javaee\" version=\"3.0\">\n"
            + "  <servlet><servlet-name>R</servlet-name><servlet-class>x.R</servlet-class></servlet>\n</web-fragment>\n";

    @Test
    void aLibraryFragmentOfTheWarBecomesDistributableOnce() throws IOException {
        JavaArchive protocol = ShrinkWrap.create(JavaArchive.class, "arquillian-protocol.jar").add(new StringAsset(FRAGMENT), DistributableFragments.FRAGMENT);
        JavaArchive plain = ShrinkWrap.create(JavaArchive.class, "plain.jar").addClass(DistributableFragmentsTest.class);
        WebArchive war = ShrinkWrap.create(WebArchive.class, "app.war").addAsLibraries(protocol, plain);

        new DistributableFragments().process(null, war);
        new DistributableFragments().process(null, war);

        String xml = read(war.getAsType(JavaArchive.class, "/WEB-INF/lib/arquillian-protocol.jar"));
        assertTrue(xml.contains("version=\"3.0\">\n  <distributable/>\n  <servlet>"), xml);
        assertEquals(xml.indexOf("<distributable/>"), xml.lastIndexOf("<distributable/>"), xml);
        assertEquals(null, war.getAsType(JavaArchive.class, "/WEB-INF/lib/plain.jar").get(DistributableFragments.FRAGMENT));
    }

    private static String read(JavaArchive jar) throws IOException {
        try (InputStream in = jar.get(DistributableFragments.FRAGMENT).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
