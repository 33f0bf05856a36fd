package org.citybridge.mail;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The signature names the association as configured, and the public site's name when nothing is. */
class MailSignatureTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    MailSignatureTest() {
        messages.setBasenames("messages_mail");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void signsWithTheConfiguredName() {
        assertThat(new MailSignature("江南城市协会", messages).sign("正文\n\n"))
                .isEqualTo("正文\n\n江南城市协会秘书处\n本邮件由城市联络工作平台自动发送，请勿直接回复。");
    }

    @Test
    void blankConfigurationFallsBackToTheDefaultName() {
        assertThat(new MailSignature(" ", messages).associationName()).isEqualTo("中国城市联络协会");
    }
}
