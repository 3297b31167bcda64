package org.ctopath.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** The suite's one deployment is made again when the server's report of it names no test servlet. */
class SingleDeploymentExtensionTest {

    private static ProtocolMetaData report(boolean withTestServlet) {
        HTTPContext context = new HTTPContext("localhost", 8080);
        context.add(new Servlet("Faces Servlet", "/ctopath"));
        if (withTestServlet) {
            context.add(new Servlet(SingleDeploymentExtension.TEST_SERVLET, "/ctopath"));
        }
        return new ProtocolMetaData().addContext(context);
    }

    /** A container whose deployments report as scripted, counting undeploys. */
    private static final class ScriptedContainer implements DeployableContainer<ContainerConfiguration> {
        final Deque<ProtocolMetaData> reports;
        int undeploys;

        ScriptedContainer(List<ProtocolMetaData> reports) {
            this.reports = new ArrayDeque<>(reports);
        }

        @Override
        public Class<ContainerConfiguration> getConfigurationClass() {
            return ContainerConfiguration.class;
        }

        @Override
        public ProtocolDescription getDefaultProtocol() {
            return new ProtocolDescription("Servlet 5.0");
        }

        @Override
        public ProtocolMetaData deploy(org.jboss.shrinkwrap.api.Archive<?> archive) {
            return reports.removeFirst();
        }

        @Override
        public void undeploy(org.jboss.shrinkwrap.api.Archive<?> archive) {
            undeploys++;
        }
    }

    private final WebArchive war = ShrinkWrap.create(WebArchive.class, "ctopath.war");

    @Test
    void aCompleteReportIsKeptAsItIs() throws Exception {
        ScriptedContainer container = new ScriptedContainer(List.of());
        ProtocolMetaData complete = report(true);

        assertEquals(complete, SingleDeploymentExtension.ensureTestServlet(container, war, complete, 2));
        assertEquals(0, container.undeploys);
    }

    @Test
    void anIncompleteReportLeadsToADeploymentAgain() throws Exception {
        ScriptedContainer container = new ScriptedContainer(List.of(report(false), report(true)));

        ProtocolMetaData result = SingleDeploymentExtension.ensureTestServlet(container, war, report(false), 2);

        assertTrue(SingleDeploymentExtension.namesTestServlet(result));
        assertEquals(2, container.undeploys);
    }

    @Test
    void itGivesUpAfterItsRestarts() throws Exception {
        ScriptedContainer container = new ScriptedContainer(List.of(report(false), report(false)));

        ProtocolMetaData result = SingleDeploymentExtension.ensureTestServlet(container, war, report(false), 2);

        assertFalse(SingleDeploymentExtension.namesTestServlet(result));
        assertEquals(2, container.undeploys);
    }
}
