package dev.smppkit.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that counts what its connections send, for the benchmark's per-message figures (they do not depend on
 * the machine's load as rates do): statements executed (each row of a JDBC batch counts as one), round trips (one per
 * execute, executeBatch, commit or rollback; PgJDBC and MariaDB send a batch in one go) and commits, and the
 * statements per SQL text.
 */
final class CountingDataSource implements DataSource {
    private final DataSource target;
    final LongAdder statements = new LongAdder();
    final LongAdder roundTrips = new LongAdder();
    final LongAdder commits = new LongAdder();
    final Map<String, LongAdder> bySql = new ConcurrentHashMap<>();

    CountingDataSource(DataSource target) {
        this.target = target;
    }

    void reset() {
        statements.reset();
        roundTrips.reset();
        commits.reset();
        bySql.clear();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(target.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return wrap(target.getConnection(user, password));
    }

    private Connection wrap(Connection c) {
        return (Connection) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, m, args) -> {
                    String name = m.getName();
                    if (name.equals("commit") || name.equals("rollback") && (args == null || args.length == 0)) {
                        roundTrips.increment();
                        if (name.equals("commit")) {
                            commits.increment();
                        }
                    }
                    Object result = call(c, m, args);
                    if (result instanceof PreparedStatement ps) {
                        return statement(ps, PreparedStatement.class, (String) args[0]);
                    }
                    if (result instanceof Statement s) {
                        return statement(s, Statement.class, null);
                    }
                    return result;
                });
    }

    private Object statement(Statement s, Class<?> type, String preparedSql) {
        int[] batched = {0};
        InvocationHandler h = (proxy, m, args) -> {
            String name = m.getName();
            if (name.equals("addBatch")) {
                batched[0]++;
            } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                roundTrips.increment();
                statements.add(batched[0]);
                count(preparedSql, batched[0]);
                batched[0] = 0;
            } else if (name.startsWith("execute")) {
                roundTrips.increment();
                statements.increment();
                count(preparedSql != null ? preparedSql : (String) args[0], 1);
            }
            return call(s, m, args);
        };
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, h);
    }

    private void count(String sql, int n) {
        String key = sql == null ? "?" : sql.length() > 70 ? sql.substring(0, 70) : sql;
        bySql.computeIfAbsent(key, k -> new LongAdder()).add(n);
    }

    private static Object call(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target.isWrapperFor(iface);
    }
}
