package org.citybridge.events.domain;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.citybridge.support.PdfContent;
import org.citybridge.support.PdfContent.TextRun;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableTentsTest {

    @Test
    void onePageATentWithTheNameUprightBelowTheFoldAndUpsideDownAboveIt() {
        byte[] pdf = write(List.of(new TableTent("张晓明", "成都市"), new TableTent("阿卜杜热合曼·买买提", "喀什市"),
                new TableTent("王芳", null)));

        assertThat(PdfContent.pages(pdf)).isEqualTo(3);
        assertThat(PdfContent.text(pdf, 0)).contains("张晓明", "成都市");
        List<TextRun> runs = PdfContent.runs(pdf, 0);
        assertThat(runs).filteredOn(run -> run.text().contains("张晓明")).hasSize(2)
                .anySatisfy(run -> {
                    assertThat(run.direction()).isZero();
                    assertThat(run.fromTop()).isGreaterThan(0.5f);
                })
                .anySatisfy(run -> {
                    assertThat(run.direction()).isEqualTo(180);
                    assertThat(run.fromTop()).isLessThan(0.5f);
                });
        assertThat(runs).filteredOn(run -> run.text().contains("成都市")).hasSize(2);
        assertThat(PdfContent.text(pdf, 1)).contains("阿卜杜热合曼·买买提", "喀什市");
        assertThat(PdfContent.text(pdf, 2)).contains("王芳");
        assertThat(PdfContent.fonts(pdf)).isNotEmpty().allSatisfy(font -> {
            assertThat(font.embedded()).isTrue();
            assertThat(font.name()).contains("NotoSans");
        });
    }

    private static byte[] write(List<TableTent> tents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TableTents().write(tents, "2026年全国城市联络员工作会议 桌签", out);
        return out.toByteArray();
    }
}
