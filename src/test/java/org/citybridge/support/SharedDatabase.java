package org.citybridge.support;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.citybridge.CityBridgeApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A database of its own on the machine's PostgreSQL at 127.0.0.1:5432 (trust auth), for tests that start several
 * application instances on one database, as behind a proxy; closing it closes the instances and drops the database.
 * Never skipped: .ci/run starts that PostgreSQL, and a test that cannot reach it fails.
 */
public final class SharedDatabase implements AutoCloseable {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private final String name;
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    private SharedDatabase(String name) {
        this.name = name;
    }

    /** A new database, named by the prefix and the time. */
    public static SharedDatabase create(String prefix) throws SQLException {
        SharedDatabase database = new SharedDatabase(prefix + "_" + System.nanoTime());
        database.execute("CREATE DATABASE " + database.name);
        return database;
    }

    /** An instance on a port of its own and this database, with files in a folder of its own; more arguments after. */
    public ConfigurableApplicationContext start(String instance, String... arguments) {
        String[] all = Stream.concat(Stream.of("--server.port=0", "--spring.datasource.url=" + SERVER + name,
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--citybridge.data-dir=" + dataDir(instance), "--spring.main.banner-mode=off"),
                Stream.of(arguments)).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CityBridgeApplication.class).run(all);
        instances.add(context);
        return context;
    }

    public String name() {
        return name;
    }

    /** A connection of the superuser to this database. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER + name, "postgres", "");
    }

    /** The folder of an instance's files, as {@link #start} names it. */
    public Path dataDir(String instance) {
        return Path.of("target", "test-data", name + "-" + instance);
    }

    /** Where an instance answers the path. */
    public static URI uri(ConfigurableApplicationContext instance, String path) {
        return URI.create("http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port") + path);
    }

    @Override
    public void close() throws SQLException {
        instances.forEach(ConfigurableApplicationContext::close);
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = server(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection server() throws SQLException {
        try {
            return DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        } catch (SQLException e) {
            throw new SQLException("This test needs the PostgreSQL at 127.0.0.1:5432 (trust auth) that .ci/run starts", e);
        }
    }
}
