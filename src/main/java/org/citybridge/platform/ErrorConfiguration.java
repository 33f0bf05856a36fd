package org.citybridge.platform;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's own error controller in place of Spring Boot's (which backs off when one exists). */
@Configuration(proxyBeanMethods = false)
class ErrorConfiguration {

    @Bean
    ProblemErrorController problemErrorController(ErrorAttributes attributes, WebProperties web,
                                                  ObjectProvider<ErrorViewResolver> pages, MessageSource messages) {
        return new ProblemErrorController(attributes, web, pages.orderedStream().toList(), messages);
    }
}
