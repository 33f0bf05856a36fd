package org.citybridge.directory.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped GB/T 2260 provinces and cities (reference/*.csv) before the application serves requests.
 * Existing rows are left alone, so membership and profiles survive and a newer data file only adds.
 */
@Component
class DivisionSeeder implements InitializingBean {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    DivisionSeeder(JdbcTemplate jdbc, TransactionTemplate transaction, CityRepository flywayHasRun) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void afterPropertiesSet() {
        transaction.executeWithoutResult(status -> {
            jdbc.batchUpdate("INSERT INTO province (code, name) VALUES (?, ?) ON CONFLICT (code) DO NOTHING",
                    rows("reference/provinces.csv").stream().map(r -> (Object[]) r).toList());
            List<String[]> divisions = rows("reference/divisions.csv");
            jdbc.batchUpdate("""
                            INSERT INTO city (code, name, level, kind, province_code, parent_code)
                            VALUES (?, ?, ?, ?, ?, NULLIF(?, '')) ON CONFLICT (code) DO NOTHING""",
                    divisions.stream().map(r -> (Object[]) r).toList());
        });
    }

    private static List<String[]> rows(String resource) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
