package org.ctopath.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Who may call the methods of a service, checked by {@link RestrictedInterceptor} before anything
 * else (before a transaction starts), whatever page, resource or job calls: on the class it covers
 * every method, on a method it overrides the class. Nobody signed in is always refused; the system
 * ({@link RunAs#system}) always passes.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Restricted {

    /** Role names of which the caller needs one; none: any signed-in caller. */
    @Nonbinding
    String[] value() default {};

    /** Only the system may call: background work, never a person. */
    @Nonbinding
    boolean systemOnly() default false;
}
