package org.citybridge.platform.shell;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/** Registers {@link PageTitleCrumb} with Thymeleaf (Spring Boot adds every dialect bean to the template engine). */
@Component
class ShellDialect extends AbstractDialect implements IPostProcessorDialect {

    ShellDialect() {
        super("citybridge-shell");
    }

    @Override
    public int getDialectPostProcessorPrecedence() {
        return 1000;
    }

    @Override
    public Set<IPostProcessor> getPostProcessors() {
        return Set.of(new PostProcessor(TemplateMode.HTML, PageTitleCrumb.class, 1000));
    }
}
