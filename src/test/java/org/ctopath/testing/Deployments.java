package org.ctopath.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the suite: the WAR that Maven built (exactly what users run), plus the
 * integration test classes that run inside the server (unit tests, which may hold fixtures that
 * are deliberately wrong, stay out). Classes that run as a client ({@link RunAsClient}),
 * such as browser tests, stay out of the archive. Every test class declares
 * {@code @Deployment public static WebArchive deployment() { return Deployments.application(); }},
 * and {@link SingleDeploymentExtension} makes that one server for the suite.
 */
public final class Deployments {

    private static final java.util.List<String> IN_CONTAINER_SUPPORT = java.util.List.of("org.ctopath.testing.http",
            "org.ctopath.testing.callers");

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("ctopath.war", "target/ctopath.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the integration tests through Maven (verify), which packages it first");
        }
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "ctopath.war").importFrom(war).as(WebArchive.class);
        inContainerTestClasses().forEach(archive::addClass);
        // The route inventory that platform.RouteInventoryIT reads in the server.
        archive.addAsResource("routes.csv");
        return archive;
    }

    private static List<Class<?>> inContainerTestClasses() {
        Path root = Path.of(System.getProperty("ctopath.testClasses", "target/test-classes"));
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> root.relativize(f).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", ""))
                    .filter(name -> isIntegrationTest(name) || isInContainerSupport(name))
                    .map(Deployments::load)
                    .filter(c -> !runsAsClient(c))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code org.x.FooIT} and its nested classes {@code org.x.FooIT$Bar}; unit tests stay out. */
    static boolean isIntegrationTest(String className) {
        return className.replaceFirst("\\$.*$", "").endsWith("IT");
    }

    /** Helpers that in-container tests call, such as {@code org.ctopath.testing.http.Visitor} and {@code callers.As}. */
    static boolean isInContainerSupport(String className) {
        return IN_CONTAINER_SUPPORT.stream().anyMatch(p -> className.startsWith(p + "."));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Deployments.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Test infrastructure (this package) runs in the test JVM only, and so does a class that, or
     * whose superclass or enclosing class, is marked {@link RunAsClient}.
     */
    static boolean runsAsClient(Class<?> type) {
        if (type.getPackageName().startsWith(Deployments.class.getPackageName())
                && !isInContainerSupport(type.getName())) {
            return true;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(RunAsClient.class)) {
                return true;
            }
        }
        return type.getEnclosingClass() != null && runsAsClient(type.getEnclosingClass());
    }
}
