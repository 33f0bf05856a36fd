package org.citybridge.portal.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionDiffTest {

    private static final String PICTURE = "/media/0b2c3d4e-1111-2222-3333-444455556666";
    private static final String OTHER_PICTURE = "/media/9b2c3d4e-1111-2222-3333-444455556666";

    @Test
    void chineseTextIsComparedCharacterByCharacter() {
        assertThat(RevisionDiff.texts("联络工作会议在成都召开", "联络工作会议在深圳召开"))
                .isEqualTo("联络工作会议在<span class=\"diff-replaced\"><del>成都</del><ins>深圳</ins></span>召开");
        assertThat(RevisionDiff.texts("来自81个城市", "来自81个地级城市")).isEqualTo("来自81个<ins>地级</ins>城市");
    }

    @Test
    void latinTextIsComparedWordByWord() {
        assertThat(RevisionDiff.texts("the annual liaison meeting", "the yearly liaison meeting"))
                .isEqualTo("the <span class=\"diff-replaced\"><del>annual</del><ins>yearly</ins></span> liaison meeting");
        assertThat(RevisionDiff.texts("CityBridge 平台", "CityBridge 平台 v2")).isEqualTo("CityBridge 平台<ins> v2</ins>");
    }

    @Test
    void removedTextIsMarkedAsDeleted() {
        assertThat(RevisionDiff.texts("会议圆满结束。", "会议结束。")).isEqualTo("会议<del>圆满</del>结束。");
        assertThat(RevisionDiff.texts("相同", "相同")).isEqualTo("相同");
    }

    @Test
    void aPictureAddedOrRemovedShowsAsThePicture() {
        String before = "<p>开幕式</p>";
        String after = "<p>开幕式</p><figure><img src=\"" + PICTURE + "\" alt=\"会场\"><figcaption>会场</figcaption></figure>";
        assertThat(RevisionDiff.bodies(before, after))
                .isEqualTo("开幕式\n<ins><img class=\"diff-picture\" src=\"" + PICTURE + "\" alt=\"会场\">会场\n</ins>");
        assertThat(RevisionDiff.bodies(after, before))
                .isEqualTo("开幕式\n<del><img class=\"diff-picture\" src=\"" + PICTURE + "\" alt=\"会场\">会场\n</del>");
    }

    @Test
    void aPictureSwappedForAnotherIsReplaced() {
        String before = "<p><img src=\"" + PICTURE + "\" alt=\"旧图\"></p>";
        String after = "<p><img src=\"" + OTHER_PICTURE + "\" alt=\"新图\"></p>";
        assertThat(RevisionDiff.bodies(before, after)).isEqualTo("<span class=\"diff-replaced\"><del><img class=\"diff-picture\" src=\""
                + PICTURE + "\" alt=\"旧图\"></del><ins><img class=\"diff-picture\" src=\"" + OTHER_PICTURE + "\" alt=\"新图\"></ins></span>\n");
    }

    @Test
    void textIsEscapedAndForeignMarkupNeverComesThrough() {
        assertThat(RevisionDiff.texts("a", "a <b>&\"")).isEqualTo("a<ins> &lt;b&gt;&amp;&quot;</ins>");
        String diff = RevisionDiff.bodies("<p>一</p>", "<p>一&lt;script&gt;</p><img src=\"https://evil.example/x.png\" onerror=\"alert(1)\">"
                + "<script>alert(2)</script>");
        assertThat(diff).isEqualTo("一<ins>&lt;script&gt;</ins>\n").doesNotContain("evil", "onerror", "<script");
    }

    @Test
    void theAlternativeTextOfAPictureIsEscaped() {
        String body = "<p><img src=\"" + PICTURE + "\" alt=\"&quot; onload=&quot;x\"></p>";
        assertThat(RevisionDiff.bodies("", body)).contains("alt=\"&quot; onload=&quot;x\"").doesNotContain("alt=\"\" onload");
    }
}
