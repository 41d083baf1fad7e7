package dev.ruff.stdlib.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The database systems {@code db_connect} and {@code db_pool} reach, and how a Ruff connection string
 * becomes a JDBC URL. SQLite takes a path or {@code :memory:}; PostgreSQL takes a URL
 * ({@code postgres://user:password@host:port/db}), a libpq keyword string
 * ({@code host=localhost user=app dbname=shop}) or a {@code jdbc:postgresql:} URL.
 */
enum DatabaseKind {
    SQLITE("SQLite"),
    POSTGRES("PostgreSQL");

    private final String label;

    DatabaseKind(String label) {
        this.label = label;
    }

    /** The name used in error messages, e.g. {@code SQLite execution error: …}. */
    String label() {
        return label;
    }

    /** The kind a script names, or {@code null} for an unsupported name. */
    static DatabaseKind named(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "sqlite", "sqlite3" -> SQLITE;
            case "postgres", "postgresql" -> POSTGRES;
            default -> null;
        };
    }

    /** A JDBC URL plus the properties (user, password …) that did not go into it. */
    record Target(String url, Properties properties) {
    }

    /** Where {@code connection} points, for this kind. */
    Target target(String connection) {
        return target(connection, false);
    }

    /**
     * Where {@code connection} points; with {@code confined} (file access confined to folders) an SQLite connection
     * may attach no other database file, so SQL cannot reach files the path check never saw (ATTACH, VACUUM INTO).
     */
    Target target(String connection, boolean confined) {
        if (this == SQLITE) {
            Properties properties = new Properties();
            if (confined) {
                properties.setProperty("limit_attached", "0");
            }
            return new Target("jdbc:sqlite:" + connection, properties);
        }
        return postgresTarget(connection.trim());
    }

    private static Target postgresTarget(String connection) {
        Properties props = new Properties();
        if (connection.startsWith("jdbc:postgresql:")) {
            return new Target(connection, props);
        }
        if (connection.startsWith("postgres://") || connection.startsWith("postgresql://")) {
            URI uri;
            try {
                uri = new URI(connection);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("invalid connection URL: " + e.getReason());
            }
            String userInfo = uri.getRawUserInfo();
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                props.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
                if (colon >= 0) {
                    props.setProperty("password", decode(userInfo.substring(colon + 1)));
                }
            }
            String host = uri.getHost() == null ? "localhost" : uri.getHost();
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return new Target("jdbc:postgresql://" + host + port + (path.isEmpty() ? "/" : path) + query, props);
        }
        // libpq keyword/value form: host=… port=… user=… password=… dbname=…
        String host = "localhost";
        String port = "";
        String dbname = "";
        for (String pair : connection.split("\\s+")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("invalid connection string: expected key=value, got '" + pair + "'");
            }
            String key = pair.substring(0, eq);
            String value = unquote(pair.substring(eq + 1));
            switch (key) {
                case "host", "hostaddr" -> host = value;
                case "port" -> port = ":" + value;
                case "dbname" -> dbname = value;
                case "user", "password" -> props.setProperty(key, value);
                case "sslmode" -> props.setProperty("sslmode", value);
                case "connect_timeout" -> props.setProperty("connectTimeout", value);
                case "application_name" -> props.setProperty("ApplicationName", value);
                default -> throw new IllegalArgumentException("invalid connection string: unknown option '" + key + "'");
            }
        }
        return new Target("jdbc:postgresql://" + host + port + "/" + dbname, props);
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("'") && v.endsWith("'") ? v.substring(1, v.length() - 1) : v;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
