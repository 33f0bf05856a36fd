package org.citybridge.events.domain;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CheckInConfiguration {

    /** Made once at start, after Flyway, with the key read (or made) then. */
    @Bean
    @DependsOnDatabaseInitialization
    CheckInCodes checkInCodes(CheckInSecret secret) {
        return new CheckInCodes(secret.key());
    }
}
