package org.yibao.common.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files and whether it starts from scratch.
 *
 * @param dataDirectory the cluster directory; kept across restarts unless {@code clean}
 * @param clean wipe the directory on start (tests)
 * @param database the database Yibao uses inside the cluster
 * @param durableCommits a commit is answered only once it is on disk and the disk is kept consistent (PostgreSQL's
 *     {@code synchronous_commit}, {@code fsync} and {@code full_page_writes}); on unless switched off: a settlement
 *     answered to a hospital must survive a crash or a power loss. Only the tests' throw-away cluster switches it off.
 */
@ConfigurationProperties("yibao.embedded-database")
record EmbeddedDatabaseProperties(String dataDirectory, boolean clean, String database,
                                  @DefaultValue("true") boolean durableCommits) {

    EmbeddedDatabaseProperties {
        dataDirectory = dataDirectory == null || dataDirectory.isBlank() ? "./data/pg" : dataDirectory;
        database = database == null || database.isBlank() ? "yibao" : database;
    }
}
