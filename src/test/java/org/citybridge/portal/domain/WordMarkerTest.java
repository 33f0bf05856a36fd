package org.citybridge.portal.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordMarkerTest {

    @Test
    void aReadersTextAsksForItsChineseRunsAndItsLatinWordsWithoutSigns() {
        assertThat(WordMarker.wordsOf("<img src=x onerror=alert(1)>安全")).containsExactly("img", "src", "x", "onerror", "alert", "1", "安全");
        assertThat(WordMarker.wordsOf("5G网络　建设")).containsExactly("5G", "网络", "建设");
        assertThat(WordMarker.wordsOf("*?/")).isEmpty();
    }

    @Test
    void chineseIsMarkedInsideLongerWordsAndLatinOnlyAsAWholeWord() {
        WordMarker marker = new WordMarker(List.of("深圳", "x"));
        assertThat(html(marker.marked("深圳市 x xylophone"))).isEqualTo("<em>深圳</em>市 <em>x</em> xylophone");
    }

    @Test
    void caseAndFullWidthFormsAreIgnoredAndTheTextKeptAsItIs() {
        WordMarker marker = new WordMarker(List.of("ＣＢＤ"));
        assertThat(html(marker.marked("cbd 与 ＣＢＤ 与 CBD"))).isEqualTo("<em>cbd</em> 与 <em>ＣＢＤ</em> 与 <em>CBD</em>");
    }

    @Test
    void overlappingAndAdjacentMatchesAreOneMark() {
        WordMarker marker = new WordMarker(List.of("深圳", "圳市", "召开"));
        assertThat(html(marker.marked("深圳市召开会议"))).isEqualTo("<em>深圳市召开</em>会议");
    }

    @Test
    void aShortTextIsOnePassageAndATextWithoutMatchesItsStart() {
        WordMarker marker = new WordMarker(List.of("瓦房店"));
        assertThat(marker.passages("瓦房店市联络工作", 80, 2, 120)).map(WordMarkerTest::html).containsExactly("<em>瓦房店</em>市联络工作");
        assertThat(marker.passages("正文".repeat(100), 80, 2, 120)).containsExactly("正文".repeat(60));
        assertThat(marker.passages("", 80, 2, 120)).isEmpty();
    }

    @Test
    void passagesStartNearTheirMatchAndThoseWithMoreWordsAreChosen() {
        String filler = "这是一段与查询无关的文字。".repeat(10);
        String text = filler + "成都召开会议。" + filler + "成都营商环境持续优化。" + filler + "营商环境评价。" + filler;
        WordMarker marker = new WordMarker(List.of("成都", "营商环境"));

        assertThat(marker.passages(text, 40, 1, 120)).map(WordMarkerTest::html).as("both words, from the start of the sentence")
                .singleElement().asString().startsWith("<em>成都营商环境</em>持续优化");
        List<String> two = marker.passages(text, 40, 2, 120).stream().map(WordMarkerTest::html).toList();
        assertThat(two).as("the next best (the first of equals), in the order of the text")
                .satisfiesExactly(p -> assertThat(p).startsWith("<em>成都</em>召开会议"), p -> assertThat(p).startsWith("<em>成都营商环境</em>"));
        assertThat(two).allSatisfy(p -> assertThat(p.replace("<em>", "").replace("</em>", "")).hasSizeLessThanOrEqualTo(40));
    }

    @Test
    void aPassageNeverCutsAMatch() {
        String text = "甲".repeat(70) + "呼和浩特市" + "乙".repeat(70);
        String passage = html(new WordMarker(List.of("呼和浩特")).passages(text, 12, 1, 120).get(0));
        assertThat(passage).contains("<em>呼和浩特</em>");
    }

    private static String html(String marked) {
        return HighlightedText.toHtml(marked);
    }
}
