package org.redshield.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the platform keeps its data: a PostgreSQL server when {@code url} is set, otherwise an embedded PostgreSQL
 * whose files live under {@code dataDir}.
 *
 * @param url JDBC URL of a PostgreSQL server ({@code REDSHIELD_DB_URL}); blank means embedded
 * @param user database user ({@code REDSHIELD_DB_USER})
 * @param password database password ({@code REDSHIELD_DB_PASSWORD})
 * @param dataDir directory for the embedded database and other files ({@code REDSHIELD_DATA_DIR})
 * @param embeddedPort fixed port for the embedded database, 0 for any free port
 * @param poolSize connection pool size
 */
@ConfigurationProperties("redshield.db")
public record DatabaseProperties(String url, String user, String password, Path dataDir, int embeddedPort, int poolSize) {

	public boolean embedded() {
		return url == null || url.isBlank();
	}
}
