package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Several instances can share sessions only if the application says so and everything it keeps
 * in a session or view can be serialized.
 */
class SessionStateTest {

    private static final List<Class<? extends Annotation>> PASSIVATING_SCOPES =
            List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class, FlowScoped.class);

    @Test
    void theApplicationIsDistributable() throws IOException {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));

        assertTrue(webXml.contains("<distributable/>"), "web.xml must declare <distributable/>");
    }

    @Test
    void everyBeanKeptInASessionOrViewIsSerializable() throws IOException {
        List<String> offenders = applicationClasses().stream()
                .filter(SessionStateTest::keptBetweenRequests)
                .filter(c -> !Serializable.class.isAssignableFrom(c))
                .map(Class::getName)
                .toList();

        assertEquals(List.of(), offenders, "session and view scoped beans must be Serializable");
    }

    @Test
    void theCheckFindsABeanThatCannotBeSerialized() {
        assertTrue(keptBetweenRequests(NotSerializableViewBean.class));
        assertTrue(keptBetweenRequests(SerializableSessionBean.class));
        assertTrue(!Serializable.class.isAssignableFrom(NotSerializableViewBean.class));
    }

    static boolean keptBetweenRequests(Class<?> type) {
        return PASSIVATING_SCOPES.stream().anyMatch(type::isAnnotationPresent);
    }

    private static List<Class<?>> applicationClasses() throws IOException {
        Path root = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(SessionStateTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SessionStateTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @ViewScoped
    static class NotSerializableViewBean {
    }

    @SessionScoped
    static class SerializableSessionBean implements Serializable {
    }
}
