package org.ctopath.testing;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;

/**
 * One Payara Micro for the whole suite. The Payara Micro managed container starts a server for
 * every deployment, and Arquillian deploys once per test class; this extension deploys the first
 * class's deployment (every class declares the same one, {@link Deployments#application()}), lends
 * it to every later class, and undeploys it when the suite ends.
 */
public class SingleDeploymentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SingleDeployment.class);
    }

    public static class SingleDeployment {

        private static final Logger LOG = Logger.getLogger(SingleDeployment.class.getName());

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        private Instance<ContainerRegistry> containers;

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
