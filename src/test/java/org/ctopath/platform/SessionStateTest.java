package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import java.io.IOException;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
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
    void whatTheBeansHoldCanBeSerializedToo() throws IOException {
        List<String> offenders = applicationClasses().stream()
                .filter(SessionStateTest::keptBetweenRequests)
                .flatMap(c -> unserializableFields(c).stream())
                .toList();

        assertEquals(List.of(), offenders, "fields of session and view scoped beans must hold Serializable things");
    }

    @Test
    void theFieldCheckFindsAnEntityListKeptInAView() {
        assertEquals(List.of("NotSerializableViewBean.things", "NotSerializableViewBean.thing"),
                unserializableFields(NotSerializableViewBean.class));
    }

    /**
     * Fields whose declared type, or a type argument of a collection or map, cannot be serialized.
     * Injected fields hold container proxies, which can; transient and static fields are not kept.
     */
    static List<String> unserializableFields(Class<?> bean) {
        return Arrays.stream(bean.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers()))
                .filter(f -> !f.isAnnotationPresent(Inject.class))
                .filter(f -> !serializable(f.getGenericType()))
                .map(f -> bean.getSimpleName() + "." + f.getName())
                .toList();
    }

    private static boolean serializable(Type type) {
        if (type instanceof Class<?> c) {
            return c.isPrimitive() || Serializable.class.isAssignableFrom(c) || c.isInterface() && !Collection.class.isAssignableFrom(c) && !Map.class.isAssignableFrom(c);
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw == Optional.class;
            if (!container) {
                return serializable(raw);
            }
            return Arrays.stream(p.getActualTypeArguments()).allMatch(SessionStateTest::serializable);
        }
        return true; // type variables and wildcards: nothing to check at compile time
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

    static class Entity {
    }

    @ViewScoped
    static class NotSerializableViewBean {
        List<Entity> things;
        Entity thing;
        List<String> names;
        transient Entity cached;
        int count;
    }

    @SessionScoped
    static class SerializableSessionBean implements Serializable {
    }
}
