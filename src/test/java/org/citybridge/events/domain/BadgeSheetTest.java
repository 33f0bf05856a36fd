package org.citybridge.events.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.citybridge.support.PdfContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BadgeSheetTest {

    private static final String EVENT = "2026年全国城市联络员工作会议";
    private final CheckInCodes codes = new CheckInCodes("badge-sheet-test-key-0123456789".getBytes(StandardCharsets.US_ASCII));

    @Test
    void fourBadgesAPageEachWithItsTextAndAQrCodeThatScansBackToItsCheckInCode() {
        List<Badge> badges = List.of(
                badge(1, "张晓明", "成都市", "成都市人民政府办公厅 副主任", "代表"),
                badge(2, "阿卜杜热合曼·买买提", "喀什市", "喀什市人民政府办公室 秘书科科长", "代表"),
                badge(3, "李娜", "绵阳市", "", "嘉宾"),
                badge(4, "王芳", "成都市", "协会秘书处", "工作人员"),
                badge(5, "欧阳建国", "深圳市", "深圳市人民政府外事办公室", "代表"));

        byte[] pdf = write(badges);

        assertThat(PdfContent.pages(pdf)).isEqualTo(2);
        String first = PdfContent.text(pdf, 0);
        assertThat(first).contains(EVENT, "张晓明", "成都市", "成都市人民政府办公厅 副主任", "代表", "嘉宾", "工作人员",
                "阿卜杜热合曼·买买提", "喀什市", "李娜", "绵阳市", "王芳");
        assertThat(PdfContent.text(pdf, 1)).contains("欧阳建国", "深圳市").doesNotContain("张晓明");
        assertThat(PdfContent.fonts(pdf)).isNotEmpty().allSatisfy(font -> {
            assertThat(font.embedded()).isTrue();
            assertThat(font.name()).contains("NotoSans");
        });
        assertThat(PdfContent.qrCodes(pdf, 0, 150)).containsExactlyInAnyOrder(
                codes.issue(11, 1), codes.issue(11, 2), codes.issue(11, 3), codes.issue(11, 4));
        assertThat(PdfContent.qrCodes(pdf, 1, 150)).containsExactly(codes.issue(11, 5))
                .allSatisfy(code -> assertThat(codes.read(code, 11)).contains(new CheckInCode(11, 5)));
    }

    @Test
    void aThousandBadgesMakeOneDocumentOfTwoHundredFiftyPages() {
        List<Badge> badges = IntStream.rangeClosed(1, 1000)
                .mapToObj(i -> badge(i, "代表" + i, "成都市", "成都市人民政府办公厅", "代表")).toList();

        byte[] pdf = write(badges);

        assertThat(PdfContent.pages(pdf)).isEqualTo(250);
        assertThat(pdf.length).as("one font subset for the whole document").isLessThan(2_000_000);
    }

    @Test
    void noBadgesMakeOneBlankPage() {
        byte[] pdf = write(List.of());
        assertThat(PdfContent.pages(pdf)).isEqualTo(1);
        assertThat(PdfContent.text(pdf).strip()).isEmpty();
    }

    private Badge badge(long delegateId, String name, String city, String unit, String role) {
        return new Badge(EVENT, name, city, unit, role, codes.issue(11, delegateId));
    }

    static byte[] write(List<Badge> badges) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BadgeSheet().write(badges, out);
        return out.toByteArray();
    }
}
