package org.ctopath.testing.callers;

import java.lang.reflect.Method;
import org.ctopath.platform.RunAs;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs each test method of an in-container test as the system, for tests of what a service does
 * (not of who may call it: {@code ServiceAccessIT} is that). Register it after the Arquillian
 * extension, {@code @ExtendWith({ArquillianExtension.class, AsSystem.class})}, so that it wraps the
 * test where it runs, in the server.
 */
public class AsSystem implements InvocationInterceptor {

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
                                    ExtensionContext extension) throws Throwable {
        proceedAsSystem(invocation);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
                                            ExtensionContext extension) throws Throwable {
        proceedAsSystem(invocation);
    }

    private static void proceedAsSystem(Invocation<Void> invocation) throws Throwable {
        Throwable[] failure = new Throwable[1];
        RunAs.system(() -> {
            try {
                invocation.proceed();
            } catch (Throwable t) {
                failure[0] = t;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
