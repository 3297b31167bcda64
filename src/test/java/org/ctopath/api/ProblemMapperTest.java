package org.ctopath.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import org.ctopath.platform.InvalidInput;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    @Test
    void refusedInputIs400WithEveryField() {
        Problem problem = ProblemMapper.problem(new InvalidInput(List.of(new InvalidInput.Problem("status", "Choose a status."),
                new InvalidInput.Problem("percent", "From 0 to 100."))));
        assertEquals(400, problem.status);
        assertEquals("Bad Request", problem.title);
        assertEquals("The request has 2 problems.", problem.detail);
        assertEquals(List.of("status", "percent"), problem.errors.stream().map(e -> e.field).toList());
        assertEquals("From 0 to 100.", problem.errors.get(1).message);
    }

    @Test
    void anEditThatLostARaceIs409WhetherTheServiceOrThePersistenceLayerSawIt() {
        assertEquals(409, ProblemMapper.problem(InvalidInput.changedMeanwhile()).status);
        assertNull(ProblemMapper.problem(InvalidInput.changedMeanwhile()).errors);
        assertEquals(409, ProblemMapper.problem(new PersistenceException(new OptimisticLockException("stale"))).status);
    }

    @Test
    void anApiErrorKeepsItsStatusEvenInsideAReadersException() {
        Problem problem = ProblemMapper.problem(new JsonbException("read failed",
                new ApiError(Status.REQUEST_ENTITY_TOO_LARGE, BodyLimit.TOO_LARGE)));
        assertEquals(413, problem.status);
        assertEquals(BodyLimit.TOO_LARGE, problem.detail);
    }

    @Test
    void aBodyTheReaderRefusesIs400NamingTheFieldButNoJavaType() {
        Problem problem = ProblemMapper.problem(new JsonbException("Unable to deserialize property 'status' because of: "
                + "No enum constant org.ctopath.plan.ItemStatus.NEARLY", new IllegalArgumentException("No enum constant org.ctopath.plan.ItemStatus.NEARLY")));
        assertEquals(400, problem.status);
        assertTrue(problem.detail.contains("the field status"), problem.detail);
        assertTrue(!problem.detail.contains("org.ctopath") && !problem.detail.contains("enum"), problem.detail);
        Problem shapeless = ProblemMapper.problem(new JsonbException("Unexpected char 39 at (line no=1, column no=2, offset=1)"));
        assertEquals(400, shapeless.status);
        assertTrue(!shapeless.detail.contains("char 39"), shapeless.detail);
    }

    @Test
    void anUnreachableDatabaseIs503WithRetryAfterAndNothingOfTheCause() {
        Problem problem = ProblemMapper.problem(new PersistenceException("Exception [EclipseLink-4002]",
                new java.sql.SQLTransientConnectionException("Connection to db.internal:5432 refused", "08001")));
        assertEquals(503, problem.status);
        assertTrue(!problem.detail.contains("db.internal") && !problem.detail.contains("Exception"), problem.detail);
        assertEquals(ProblemMapper.RETRY_AFTER_SECONDS, problem.retryAfterSeconds, "sent as Retry-After");
        assertEquals(503, ProblemMapper.problem(new java.sql.SQLException("Error in allocating a connection. Cause: In-use connections equal max-pool-size")).status);
    }

    @Test
    void aConflictTheDatabaseFoundIs409LikeAStaleVersion() {
        assertEquals(409, ProblemMapper.problem(new PersistenceException(new java.sql.SQLException("could not serialize access", "40001"))).status);
        assertEquals(409, ProblemMapper.problem(new jakarta.transaction.TransactionalException("commit failed",
                new RuntimeException(new OptimisticLockException("stale")))).status);
    }

    @Test
    void aServiceRefusingTheCallerIs403WithItsReasonEvenWhenWrapped() {
        Problem problem = ProblemMapper.problem(new RuntimeException("wrapped", new org.ctopath.platform.Forbidden("This needs the role ADMIN.")));
        assertEquals(403, problem.status);
        assertEquals("This needs the role ADMIN.", problem.detail);
        assertNull(problem.errors);
    }

    @Test
    void anythingUnforeseenIs500WithoutItsCause() {
        Problem problem = ProblemMapper.problem(new IllegalStateException("secret internals at line 42"));
        assertEquals(500, problem.status);
        assertTrue(!problem.detail.contains("secret"), problem.detail);
    }

    @Test
    void aWindowIsCheckedAndTellsTheNextOffset() {
        assertEquals(new Window(0, Window.DEFAULT_LIMIT), Window.of(null, null));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> Window.of(-1, Window.MAX_LIMIT + 1));
        assertEquals(List.of("offset", "limit"), refused.getProblems().stream().map(InvalidInput.Problem::field).toList());
        Page<String> first = Window.of(0, 2).page(List.of("a", "b"), 5);
        assertEquals(2, first.next);
        Page<String> last = Window.of(4, 2).page(List.of("e"), 5);
        assertNull(last.next);
        assertEquals(5, last.total);
    }
}
