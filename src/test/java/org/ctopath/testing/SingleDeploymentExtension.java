package org.ctopath.testing;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One Payara Micro for the whole suite. The Payara Micro managed container starts a server for
 * every deployment, and Arquillian deploys once per test class; this extension deploys the first
 * class's deployment (every class declares the same one, {@link Deployments#application()}), lends
 * it to every later class, and undeploys it when the suite ends.
 */
public class SingleDeploymentExtension implements LoadableExtension {

    static final String TEST_SERVLET = "ArquillianServletRunnerEE9";
    static final int MAX_RESTARTS = 2;

    /** The deployment's metadata once it names the test servlet, redeploying up to {@code restarts} times until it does. */
    static ProtocolMetaData ensureTestServlet(DeployableContainer<?> container, Archive<?> archive, ProtocolMetaData metadata, int restarts)
            throws DeploymentException {
        ProtocolMetaData current = metadata;
        for (int attempt = 1; attempt <= restarts && !namesTestServlet(current); attempt++) {
            Logger.getLogger(SingleDeploymentExtension.class.getName()).warning(
                    "The server's report of the deployment names no test servlet; deploying again (" + attempt + " of " + restarts + ")");
            container.undeploy(archive);
            current = container.deploy(archive);
        }
        return current;
    }

    static boolean namesTestServlet(ProtocolMetaData metadata) {
        return metadata != null && metadata.getContexts(HTTPContext.class).stream().anyMatch(c -> c.getServletByName(TEST_SERVLET) != null);
    }

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SingleDeployment.class);
        // The deployment stays distributable, as the application is (see DistributableFragments).
        builder.service(org.jboss.arquillian.container.test.spi.client.deployment.ProtocolArchiveProcessor.class, DistributableFragments.class);
    }

    public static class SingleDeployment {

        private static final Logger LOG = Logger.getLogger(SingleDeployment.class.getName());

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        private Instance<ContainerRegistry> containers;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> metadata;

        private DeploymentScenario suiteScenario;
        private boolean deployed;

        public void generateOnce(@Observes EventContext<GenerateDeployment> context) {
            if (suiteScenario == null) {
                context.proceed();
                suiteScenario = classScenario.get();
            } else {
                classScenario.set(suiteScenario);
            }
        }

        public void deployOnce(@Observes EventContext<DeployManagedDeployments> context) {
            if (!deployed) {
                deployed = true;
                context.proceed();
            }
        }

        /**
         * The Payara Micro adapter learns where the deployment lives by reading the server's
         * console; now and then it reads it before the report is whole and ends up with no test
         * servlet, which fails every test of the suite. Then the server is started again.
         */
        public void restartIfReportIncomplete(@Observes AfterDeploy event) throws DeploymentException {
            DeploymentDescription description = event.getDeployment();
            if (description.testable()) {
                metadata.set(ensureTestServlet(event.getDeployableContainer(), description.getTestableArchive(), metadata.get(), MAX_RESTARTS));
            }
        }

        public void keepDeployedBetweenClasses(@Observes EventContext<UnDeployManagedDeployments> context) {
            // undeployed once, before the container stops
        }

        public void undeployAtEnd(@Observes BeforeStop event) {
            if (!deployed || suiteScenario == null) {
                return;
            }
            deployed = false;
            for (Deployment deployment : suiteScenario.deployments()) {
                DeploymentDescription description = deployment.getDescription();
                Container container = containers.get().getContainer(description.getTarget());
                try {
                    container.getDeployableContainer().undeploy(
                            description.testable() ? description.getTestableArchive() : description.getArchive());
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "Could not undeploy " + description.getName(), e);
                }
            }
        }
    }
}
