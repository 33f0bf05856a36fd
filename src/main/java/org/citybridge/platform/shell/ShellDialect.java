package org.citybridge.platform.shell;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.processor.IProcessor;

/**
 * Registers {@link PageTitle}'s and {@link PageTrail}'s processors with Thymeleaf (Spring Boot adds every dialect bean to the template engine).
 * They come before the standard dialect's, so that the title's expression is read before {@code th:text} removes it.
 * No post-processor: with one, every {@code th:utext} would be parsed as markup on every page.
 */
@Component
class ShellDialect extends AbstractProcessorDialect {

    ShellDialect() {
        super("citybridge-shell", "cb", 900);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new PageTitle.Remembered(), new PageTitle.Crumb(), new PageTrail());
    }
}
