package org.yibao.common.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files and whether it starts from scratch.
 *
 * @param dataDirectory the cluster directory; kept across restarts unless {@code clean}
 * @param clean wipe the directory on start (tests)
 * @param database the database Yibao uses inside the cluster
 */
@ConfigurationProperties("yibao.embedded-database")
record EmbeddedDatabaseProperties(String dataDirectory, boolean clean, String database) {

    EmbeddedDatabaseProperties {
        dataDirectory = dataDirectory == null || dataDirectory.isBlank() ? "./data/pg" : dataDirectory;
        database = database == null || database.isBlank() ? "yibao" : database;
    }
}
