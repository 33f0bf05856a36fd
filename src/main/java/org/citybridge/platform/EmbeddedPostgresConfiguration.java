package org.citybridge.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL (zonky embedded binaries) with its data under {@code <data-dir>/postgres}
 * when no external database URL is configured, so a fresh machine needs nothing but a JDK. Its superuser
 * {@code postgres} has a generated password kept in {@code <data-dir>/postgres-password} ({@link EmbeddedPostgresPassword}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(CityBridgeProperties properties,
                                      @Value("${citybridge.embedded-database.port:0}") int port,
                                      @Value("${citybridge.embedded-database.throwaway:false}") boolean throwaway) throws IOException {
        Path directory = properties.dataDir().resolve("postgres").toAbsolutePath();
        Files.createDirectories(directory);
        String password = EmbeddedPostgresPassword.readOrCreate(properties.dataDir());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(throwaway)
                // stopped by the context (destroyMethod) after everything that still needs it on the way down, not by a
                // JVM hook of its own racing Spring's shutdown hook (which left closing contexts waiting 30 s for a connection)
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "200")
                .setLocaleConfig("encoding", "UTF8")
                .setConnectConfig("password", password);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        EmbeddedPostgresPassword.enforce(postgres, directory, password);
        log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres, CityBridgeProperties properties,
                          @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) throws IOException {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPassword(EmbeddedPostgresPassword.readOrCreate(properties.dataDir()));
        dataSource.setMaximumPoolSize(poolSize);
        dataSource.setPoolName("citybridge-embedded");
        return dataSource;
    }
}
