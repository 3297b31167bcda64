package org.ctopath.platform;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;

/**
 * Around every transactional service call, outside its transaction: a change that lost a race
 * with another when the transaction was flushed or committed (an optimistic lock, or the
 * database's own check of concurrent changes: serialization, a unique key, a row lock) becomes
 * {@link InvalidInput.ChangedMeanwhile}, which pages show as "Someone else changed this" and the
 * API answers with 409, like the version check the services make themselves. Nothing was saved:
 * the transaction rolled back. Bound to {@code @Transactional} (required, the services' kind),
 * so every service has it; its priority places it before the transaction interceptors
 * ({@code PLATFORM_BEFORE + 200}), so the commit happens inside it.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 199)
public class ConcurrentChanges implements Serializable {

    private static final long serialVersionUID = 1L;

    @AroundInvoke
    public Object changedMeanwhile(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (InvalidInput refused) {
            throw refused;
        } catch (RuntimeException failure) {
            if (Failure.isConflict(failure)) {
                throw InvalidInput.changedMeanwhile();
            }
            throw failure;
        }
    }
}
