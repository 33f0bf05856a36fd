package org.citybridge.accounts.domain;

import java.security.SecureRandom;
import java.util.Base64;

import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the very first start creates the administrator {@code admin}, with the password from
 * {@code CITYBRIDGE_ADMIN_PASSWORD} or, when that is not set, a generated one printed once to the log.
 */
@Component
@Order(10)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountAdministration administration;
    private final String configuredPassword;

    AdminBootstrap(AccountAdministration administration, @Value("${citybridge.admin-password:}") String configuredPassword) {
        this.administration = administration;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (administration.anyAccountExists()) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generate() : configuredPassword;
        try {
            PasswordPolicy.check("password", "admin", password);
        } catch (RuleViolation e) {
            throw new IllegalStateException("CITYBRIDGE_ADMIN_PASSWORD must have at least " + PasswordPolicy.MIN_LENGTH
                    + " characters and must not contain the username 'admin'");
        }
        administration.createUnchecked(new NewAccount("admin", "系统管理员", password, Role.ADMIN, null, null, null));
        if (generated) {
            log.warn("\n\n    Created the administrator account 'admin' with the generated password: {}\n"
                    + "    It is shown only this once; sign in and change it.\n", password);
        } else {
            log.info("Created the administrator account 'admin' with the password from CITYBRIDGE_ADMIN_PASSWORD");
        }
    }

    private static String generate() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
