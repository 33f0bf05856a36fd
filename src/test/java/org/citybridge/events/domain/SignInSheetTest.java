package org.citybridge.events.domain;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.citybridge.support.PdfContent;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class SignInSheetTest {

    private static final String EVENT = "2026年全国城市联络员工作会议";
    private final SignInSheet sheet;

    SignInSheetTest() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages_events");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        sheet = new SignInSheet(messages);
    }

    @Test
    void onePagePerCityHeadedByItsNameWithItsDelegatesAndASignatureColumn() {
        byte[] pdf = write(List.of(
                new SignInEntry("成都市", "张晓明", "成都市人民政府办公厅", "副主任", "代表"),
                new SignInEntry("成都市", "王芳", "成都市人民政府外事办公室", "科长", "代表"),
                new SignInEntry("绵阳市", "李娜", "绵阳市人民政府办公室", "秘书", "嘉宾"),
                new SignInEntry("成都市", "欧阳建国", "成都市人民政府研究室", null, "工作人员")), Locale.SIMPLIFIED_CHINESE);

        assertThat(PdfContent.pages(pdf)).isEqualTo(2);
        assertThat(PdfContent.text(pdf, 0)).contains(EVENT, "成都市", "签到表", "共 3 人", "序号", "姓名", "单位", "职务", "身份", "签名",
                "张晓明", "成都市人民政府办公厅", "副主任", "王芳", "欧阳建国", "工作人员").doesNotContain("李娜", "绵阳市");
        assertThat(PdfContent.text(pdf, 1)).contains(EVENT, "绵阳市", "共 1 人", "李娜", "嘉宾").doesNotContain("张晓明");
        assertThat(PdfContent.fonts(pdf)).isNotEmpty().allSatisfy(font -> {
            assertThat(font.embedded()).isTrue();
            assertThat(font.name()).contains("NotoSans");
        });
    }

    @Test
    void aDelegationLongerThanAPageGoesOnWithTheCityAndTheColumnNamesAgain() {
        List<SignInEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            entries.add(new SignInEntry("成都市", "代表" + i, "成都市人民政府办公厅", "干部", "代表"));
        }

        byte[] pdf = write(entries, Locale.SIMPLIFIED_CHINESE);

        assertThat(PdfContent.pages(pdf)).isEqualTo(2);
        assertThat(PdfContent.text(pdf, 1)).contains(EVENT, "成都市", "签名", "代表40");
    }

    @Test
    void theHeadingsFollowTheLanguage() {
        byte[] pdf = write(List.of(new SignInEntry("成都市", "张晓明", "", "", "")), Locale.ENGLISH);
        assertThat(PdfContent.text(pdf)).contains("Sign-in sheet", "1 delegate", "Signature", "张晓明", "成都市");
    }

    private byte[] write(List<SignInEntry> entries, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheet.write(EVENT, entries, locale, out);
        return out.toByteArray();
    }
}
