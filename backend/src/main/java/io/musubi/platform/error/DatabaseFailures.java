package io.musubi.platform.error;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Tells a database that is down or hung (worth a 503 and a retry) from a failure of the request itself. */
final class DatabaseFailures {
    private DatabaseFailures() {
    }

    static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Throwable suppressed : t.getSuppressed()) {
                if (isUnavailable(suppressed)) {
                    return true;
                }
            }
            if (t instanceof SQLTransientConnectionException || t instanceof SocketTimeoutException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            // class 08: connection exceptions (the PostgreSQL driver reports I/O errors and timeouts as 08006)
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            String name = t.getClass().getSimpleName();
            // the pool's connection broke under the request (a timed-out socket closes it); cleanup then reports that
            if (name.equals("CannotGetJdbcConnectionException") || name.equals("CannotCreateTransactionException")
                    || name.equals("ConnectionException")) {
                return true;
            }
        }
        return false;
    }

    static String summary(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
