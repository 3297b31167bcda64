package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ctopath.identity.AccessTokens;
import org.ctopath.identity.AccountService;
import org.ctopath.mentoring.MentorRelations;
import org.ctopath.plan.PlanService;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.ctopath.testing.http.ApiCast;
import org.ctopath.testing.http.Visitor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Everything a session keeps can move to another instance: a learner, a mentor and an
 * administrator (people this test makes) sign in and open every page {@code routes.csv} lists for
 * their role, so that every view-scoped bean of those pages is made and kept in the session; then
 * the test finds each of those sessions in the server and runs every attribute through
 * {@link ObjectOutputStream} and back through {@link ObjectInputStream}, as a server that hands a
 * session to another does. A failure names the attribute and the path to the object that broke.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class SessionSerializationIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseURL;

    @Inject
    AccountService accounts;

    @Inject
    AccessTokens tokens;

    @Inject
    MentorRelations relations;

    @Inject
    PlanService plans;

    /** The sessions of the server, by id, as the server tells them (only the test archive has this listener). */
    @WebListener
    public static class LiveSessions implements HttpSessionListener, HttpSessionIdListener {

        static final Map<String, HttpSession> BY_ID = new ConcurrentHashMap<>();

        @Override
        public void sessionCreated(HttpSessionEvent event) {
            BY_ID.put(event.getSession().getId(), event.getSession());
        }

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            BY_ID.remove(event.getSession().getId());
        }

        @Override
        public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
            BY_ID.remove(oldSessionId);
            BY_ID.put(event.getSession().getId(), event.getSession());
        }
    }

    @Test
    void everySessionAttributeOfEachRoleSurvivesSerialization() throws Exception {
        ApiCast cast = new ApiCast(baseURL, accounts, tokens, relations);
        Map<String, String> values = RouteInventoryIT.placeholders(cast, plans, accounts);
        Map<String, String> people = Map.of("learner", cast.learner, "mentor", cast.mentor, "admin", cast.admin);

        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, String> person : people.entrySet()) {
            String role = person.getKey();
            Visitor visitor = new Visitor(baseURL);
            visitor.signIn(person.getValue(), "a long enough password");
            int pages = 0;
            for (RouteInventoryIT.Route route : RouteInventoryIT.inventory()) {
                if (!route.kind().equals("page") || !route.expected().get(role).equals("200")) {
                    continue;
                }
                String sample = route.sample();
                for (Map.Entry<String, String> value : values.entrySet()) {
                    sample = sample.replace(value.getKey(), value.getValue());
                }
                HttpResponse<String> page = visitor.get(sample);
                assertEquals(200, page.statusCode(), role + " " + sample);
                pages++;
            }
            assertTrue(pages > 5, role + " visited " + pages + " pages");

            String id = visitor.cookie("JSESSIONID").orElseThrow().getValue();
            HttpSession session = LiveSessions.BY_ID.get(id.replaceFirst("\\..*$", ""));
            if (session == null) {
                session = LiveSessions.BY_ID.get(id);
            }
            assertNotNull(session, role + ": the session " + id + " among " + LiveSessions.BY_ID.keySet());
            List<String> names = Collections.list(session.getAttributeNames());
            assertTrue(names.contains("com.sun.faces.application.view.activeViewMaps"), role + ": view-scoped beans kept: " + names);
            for (String name : names) {
                Object value = session.getAttribute(name);
                String problem = roundTrip(value);
                if (problem != null) {
                    broken.add(role + ": attribute " + name + " (" + value.getClass().getName() + "): " + problem);
                }
            }
        }
        assertTrue(broken.isEmpty(), "session attributes that cannot move to another instance:\n" + String.join("\n", broken));
    }

    /** Why the value does not come back whole from serialization (with the path to what broke), or null when it does. */
    static String roundTrip(Object value) {
        byte[] bytes;
        try (ByteArrayOutputStream buffer = new ByteArrayOutputStream(); ObjectOutputStream out = new ObjectOutputStream(buffer)) {
            out.writeObject(value);
            out.flush();
            bytes = buffer.toByteArray();
        } catch (NotSerializableException e) {
            return "not serializable: " + e.getMessage() + " at " + pathTo(value, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return "cannot write: " + e;
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass type) throws IOException, ClassNotFoundException {
                return Class.forName(type.getName(), false, Thread.currentThread().getContextClassLoader());
            }
        }) {
            Object back = in.readObject();
            return back != null && back.getClass() == value.getClass() ? null : "came back as " + back;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return "cannot read back: " + e;
        }
    }

    /** The path of fields, keys and indexes from {@code root} to the first object of class {@code type}. */
    static String pathTo(Object root, String type) {
        String path = find(root, type, "", Collections.newSetFromMap(new IdentityHashMap<>()), 0);
        return path == null ? "(path not found)" : path;
    }

    private static String find(Object object, String type, String path, Set<Object> seen, int depth) {
        if (object == null || depth > 40 || !seen.add(object)) {
            return null;
        }
        Class<?> c = object.getClass();
        if (c.getName().equals(type)) {
            return path.isEmpty() ? "(the value itself)" : path;
        }
        if (object instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String found = find(entry.getValue(), type, path + "[" + entry.getKey() + "]", seen, depth + 1);
                if (found == null) {
                    found = find(entry.getKey(), type, path + "{key " + entry.getKey() + "}", seen, depth + 1);
                }
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (object instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                String found = find(element, type, path + "[" + i++ + "]", seen, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (c.isArray() && !c.getComponentType().isPrimitive()) {
            for (int i = 0; i < Array.getLength(object); i++) {
                String found = find(Array.get(object, i), type, path + "[" + i + "]", seen, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!(object instanceof Serializable)) {
            return null;
        }
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field field : k.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    String found = find(field.get(object), type, path + "." + field.getName() + "(" + k.getSimpleName() + ")", seen, depth + 1);
                    if (found != null) {
                        return found;
                    }
                } catch (RuntimeException | IllegalAccessException e) {
                    // a class of the JDK's closed modules: its insides are not walked
                }
            }
        }
        return null;
    }
}
