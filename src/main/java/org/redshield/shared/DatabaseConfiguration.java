package org.redshield.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Real PostgreSQL everywhere: a server when {@code REDSHIELD_DB_URL} is set, otherwise an embedded PostgreSQL
 * (io.zonky.test) whose data directory persists under {@code REDSHIELD_DATA_DIR}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseProperties properties) throws IOException {
		HikariConfig config = new HikariConfig();
		config.setPoolName("redshield");
		config.setMaximumPoolSize(properties.poolSize() > 0 ? properties.poolSize() : 16);
		if (properties.embedded()) {
			EmbeddedPostgres postgres = startEmbedded(properties.dataDir(), properties.embeddedPort());
			config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
			config.setUsername("postgres");
			HikariDataSource dataSource = new HikariDataSource(config) {
				@Override
				public void close() {
					super.close();
					try {
						postgres.close();
					}
					catch (IOException ex) {
						log.warn("Embedded PostgreSQL did not stop cleanly", ex);
					}
				}
			};
			return dataSource;
		}
		config.setJdbcUrl(properties.url());
		config.setUsername(properties.user());
		config.setPassword(properties.password());
		log.info("Using PostgreSQL server at {}", properties.url());
		return new HikariDataSource(config);
	}

	private static EmbeddedPostgres startEmbedded(Path dataDir, int port) throws IOException {
		Path pgData = dataDir.toAbsolutePath().resolve("pgdata");
		Files.createDirectories(pgData);
		log.info("Starting embedded PostgreSQL with data in {}", pgData);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(pgData)
			.setCleanDataDirectory(false)
			// stopped by closing the DataSource, after everything that still needs the database has shut down
			.setRegisterShutdownHook(false)
			.setServerConfig("max_connections", "100")
			.setServerConfig("shared_buffers", "256MB");
		if (port > 0) {
			builder.setPort(port);
		}
		return builder.start();
	}

}
