package org.ctopath.reporting;

/**
 * Counts the SQL statements the reports prepare on this thread, for the test that checks a report
 * costs the same few statements whatever the size of the organisation. {@link ReportRunner} counts
 * every statement it prepares on its connections.
 */
public final class StatementCounter {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    private StatementCounter() {
    }

    public static void start() {
        COUNT.set(new int[1]);
    }

    /** The statements counted since {@link #start()}; counting stops. */
    public static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        if (count == null) {
            throw new IllegalStateException("not counting");
        }
        return count[0];
    }

    static void counted() {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
    }
}
