package org.ctopath.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

/**
 * Applies {@link Restricted}: refuses a call by nobody, by a person where only the system may call,
 * or by a person without one of the roles, with {@link Forbidden}. It runs before
 * {@code @Transactional} (PLATFORM_BEFORE + 200), so a refused call starts nothing.
 */
@Restricted
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RestrictedInterceptor {

    @Inject
    CallerIdentity caller;

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        Restricted rule = rule(invocation.getMethod());
        if (rule != null) {
            check(rule);
        }
        return invocation.proceed();
    }

    void check(Restricted rule) {
        Optional<RunAs.Identity> who = caller.current();
        if (who.isEmpty()) {
            throw new Forbidden("Sign in first.");
        }
        if (who.get().system()) {
            return;
        }
        if (rule.systemOnly()) {
            throw new Forbidden("Only the application itself does this.");
        }
        if (rule.value().length > 0 && Arrays.stream(rule.value()).noneMatch(caller::has)) {
            throw new Forbidden("This needs the role " + String.join(" or ", rule.value()) + ".");
        }
    }

    /** The method's own rule, else its class's (or a superclass's). */
    static Restricted rule(Method method) {
        Restricted own = method.getAnnotation(Restricted.class);
        if (own != null) {
            return own;
        }
        for (Class<?> type = method.getDeclaringClass(); type != null; type = type.getSuperclass()) {
            Restricted onType = type.getAnnotation(Restricted.class);
            if (onType != null) {
                return onType;
            }
        }
        return null;
    }
}
