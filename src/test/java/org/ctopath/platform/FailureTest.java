package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class FailureTest {

    private static Failure.Kind kind(Throwable failure) {
        return Failure.kind(failure, false);
    }

    @Test
    void whatARefusalIsIsFoundUnderItsWrappers() {
        assertEquals(Failure.Kind.NOT_FOUND, kind(new FacesException(new ELException(new NotFound("not yours")))));
        assertEquals(Failure.Kind.FORBIDDEN, kind(new ELException(new Forbidden("not for your role"))));
        assertEquals(Failure.Kind.EXPIRED, kind(new FacesException(new ViewExpiredException("/learner/plan.xhtml"))));
        assertEquals(Failure.Kind.INVALID_INPUT, kind(new ELException(InvalidInput.of("title", "Required."))));
    }

    @Test
    void aSaveThatLostARaceIsChangedMeanwhileHoweverItCameBack() {
        RollbackException commit = new RollbackException("commit failed");
        commit.initCause(new PersistenceException(new OptimisticLockException("stale")));
        assertEquals(Failure.Kind.CHANGED_MEANWHILE, kind(new TransactionalException("rolled back", commit)));
        assertEquals(Failure.Kind.CHANGED_MEANWHILE, kind(new PersistenceException(new SQLException("could not serialize", "40001"))));
        assertEquals(Failure.Kind.CHANGED_MEANWHILE, kind(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertEquals(Failure.Kind.CHANGED_MEANWHILE, kind(new PersistenceException(new SQLException("Concurrent update", "90131"))));
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("deadlock detected", "40P01"));
        assertEquals(Failure.Kind.CHANGED_MEANWHILE, kind(new PersistenceException(batch)));
        assertEquals(Failure.Kind.CHANGED_MEANWHILE, kind(InvalidInput.changedMeanwhile()));
    }

    @Test
    void aDatabaseOutOfReachIsUnavailable() {
        assertEquals(Failure.Kind.UNAVAILABLE, kind(new PersistenceException(new SQLTransientConnectionException("refused"))));
        assertEquals(Failure.Kind.UNAVAILABLE, kind(new PersistenceException(new SQLException("Connection refused", "08001",
                new ConnectException("Connection refused")))));
        assertEquals(Failure.Kind.UNAVAILABLE, kind(new PersistenceException(new SQLException(
                "Error in allocating a connection. Cause: In-use connections equal max-pool-size and expired max-wait-time."))));
        assertEquals(Failure.Kind.UNAVAILABLE, kind(new SQLException("canceling statement due to statement timeout", "57014")));
    }

    @Test
    void aNumberOfTheWrongShapeIsABadRequestAndAnythingElseIsOurFault() {
        assertEquals(Failure.Kind.BAD_REQUEST, kind(new FacesException(new NumberFormatException("For input string: \"abc\""))));
        assertEquals(Failure.Kind.BAD_REQUEST, Failure.kind(new IllegalStateException("broken decode"), true));
        assertEquals(Failure.Kind.INTERNAL, kind(new IllegalStateException("a bug")));
        assertEquals(Failure.Kind.INTERNAL, kind(new PersistenceException(new SQLException("syntax error", "42601"))));
    }

    @Test
    void aCycleOfCausesEnds() {
        SQLException one = new SQLException("one");
        SQLException two = new SQLException("two");
        one.setNextException(two);
        two.setNextException(one);
        assertEquals(Failure.Kind.INTERNAL, kind(one));
    }

    @Test
    void anIdIsAWholeNumberThatFitsALong() {
        assertEquals(42L, IdConverter.parse("42"));
        assertEquals(Long.MAX_VALUE, IdConverter.parse(String.valueOf(Long.MAX_VALUE)));
        assertNull(IdConverter.parse("99999999999999999999"));
        assertNull(IdConverter.parse("9223372036854775808"));
        assertNull(IdConverter.parse("-1"));
        assertNull(IdConverter.parse("12ab"));
        assertNull(IdConverter.parse("1e3"));
        assertNull(IdConverter.parse(null));
    }
}
