package org.citybridge.platform.html;

import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The allow-list against the OWASP XSS filter evasion cheat sheet, and what it must keep. */
class RichTextTest {

    /** Vectors from https://cheatsheetseries.owasp.org/cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.html */
    static Stream<String> owaspVectors() {
        return Stream.of(
                "<SCRIPT SRC=https://cdn.jsdelivr.net/gh/Moksh45/host-xss.rocks/index.js></SCRIPT>",
                "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"`/+/onmouseover=1/+/[*/[]/+alert(42);//'>",
                "<IMG SRC=\"javascript:alert('XSS');\">",
                "<IMG SRC=javascript:alert('XSS')>",
                "<IMG SRC=JaVaScRiPt:alert('XSS')>",
                "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
                "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
                "<a onmouseover=alert(document.cookie)>xxs link</a>",
                "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
                "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
                "<IMG SRC=# onmouseover=\"alert('xxs')\">",
                "<IMG SRC= onmouseover=\"alert('xxs')\">",
                "<IMG onmouseover=\"alert('xxs')\">",
                "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
                "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
                "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
                "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
                "<IMG SRC=\"jav\tascript:alert('XSS');\">",
                "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
                "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
                "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
                "<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>",
                "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
                "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
                "<SCRIPT SRC=http://xss.rocks/xss.js?< B >",
                "<IMG SRC=\"`<javascript:alert>`('XSS')\"",
                "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
                "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
                "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
                "<IMG DYNSRC=\"javascript:alert('XSS')\">",
                "<IMG LOWSRC=\"javascript:alert('XSS')\">",
                "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
                "<svg/onload=alert('XSS')>",
                "<BODY ONLOAD=alert('XSS')>",
                "<BGSOUND SRC=\"javascript:alert('XSS');\">",
                "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
                "<STYLE>@im\\port'\\ja\\vasc\\ript:alert(\"XSS\")';</STYLE>",
                "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
                "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
                "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
                "<IFRAME SRC=# onmouseover=\"alert(document.cookie)\"></IFRAME>",
                "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
                "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
                "<TABLE><TD BACKGROUND=\"javascript:alert('XSS')\">",
                "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
                "<DIV STYLE=\"width: expression(alert('XSS'));\">",
                "<BASE HREF=\"javascript:alert('XSS');//\">",
                "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.rocks/scriptlet.html\"></OBJECT>",
                "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAwIiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlhTUyIpOzwvc2NyaXB0Pjwvc3ZnPg==\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
                "<a href=\"javascript&colon;alert(1)\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<a href=\"//evil.example/\">protocol-relative</a>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
                "<form action=\"https://evil.example\"><input name=q><button>go</button></form>",
                "<img src=\"https://evil.example/track.png\">",
                "<img src=\"/media/../../etc/passwd\">",
                "<p style=\"position:fixed;top:0;left:0;width:100%;height:100%\">overlay</p>",
                // the elements the editor's pictures and tables add
                "<figure onclick=\"alert(1)\" style=\"background:url(javascript:alert(1))\"><img src=\"/media/0f8fad5b-d9cb-469f-a165-70867728950e\" onerror=\"alert(1)\" alt=x></figure>",
                "<figure><img src=\"javascript:alert(1)\"><figcaption onmouseover=\"alert(1)\" style=\"color:red\">说明<script>alert(1)</script></figcaption></figure>",
                "<table background=\"javascript:alert(1)\" style=\"width:expression(alert(1))\"><caption onclick=alert(1)>表</caption><tr><td background=javascript:alert(1) style=\"background:url(javascript:alert(1))\">格</td></tr></table>",
                "<table><thead onmouseover=alert(1)><tr><th colspan=\"javascript:alert(1)\" rowspan=\"2 onmouseover=alert(1)\">头</th></tr></thead><tbody><tr><td colspan=2 onclick=alert(1)>体</td></tr></tbody></table>",
                "<h1 onclick=alert(1) style=\"color:red\">标题</h1><h6 onfocus=alert(1) autofocus tabindex=0>小</h6>");
    }

    @ParameterizedTest
    @MethodSource("owaspVectors")
    void nothingThatRunsOrReachesOutSurvives(String vector) {
        String safe = RichText.sanitize(vector).toLowerCase(Locale.ROOT);

        assertThat(safe).doesNotContain("<script", "<style", "<iframe", "<frame", "<object", "<embed", "<svg", "<math",
                "<form", "<input", "<meta", "<link", "<base", "<body", "<bgsound", "style=", "background=", "dynsrc",
                "lowsrc", "evil.example", "xss.rocks", "jsdelivr", "../");
        assertThat(safe).as("no script URL in any attribute (as inert text it may stay)")
                .doesNotContainPattern("=\"[^\"]*(javascript|vbscript|data):");
        assertThat(safe).doesNotContainPattern("\\son[a-z]+\\s*=");
        assertThat(safe).doesNotContainPattern("href=\"//");
    }

    @Test
    void keepsWhatWritersUse() {
        String body = "<h3>会议情况</h3><p><strong>6月12日</strong>，成都市召开<em>联络工作</em>座谈会。</p>"
                + "<ul><li>一</li><li>二</li></ul><figure><img src=\"/media/0f8fad5b-d9cb-469f-a165-70867728950e\" alt=\"会场\">"
                + "<figcaption>座谈会现场</figcaption></figure><p><a href=\"https://www.gov.cn/\">中国政府网</a></p>"
                + "<table><tr><th>城市</th><td colspan=\"2\">成都市</td></tr></table>";

        String safe = RichText.sanitize(body);

        assertThat(safe).contains("<h3>会议情况</h3>", "<strong>6月12日</strong>", "<em>联络工作</em>", "<li>一</li>",
                "src=\"/media/0f8fad5b-d9cb-469f-a165-70867728950e\"", "alt=\"会场\"", "<figcaption>座谈会现场</figcaption>",
                "href=\"https://www.gov.cn/\"", "rel=\"nofollow\"", "colspan=\"2\"");
        assertThat(RichText.plainText(body)).contains("6月12日，成都市召开联络工作座谈会。").doesNotContain("<");
    }

    /** Enter in a browser's editor, and many pastes, make {@code <div>} lines: each must stay its own paragraph. */
    @ParameterizedTest
    @MethodSource("divLines")
    void divLinesBecomeParagraphs(String html, String expected) {
        assertThat(RichText.sanitize(html)).isEqualTo(expected);
    }

    static Stream<Arguments> divLines() {
        return Stream.of(
                Arguments.of("<div>第一段</div><div>第二段</div><div>第三段</div>", "<p>第一段</p><p>第二段</p><p>第三段</p>"),
                Arguments.of("第一段<div>第二段</div><div><br></div><DIV class=\"x\">第三段</DIV>",
                        "第一段<p>第二段</p><p><br /></p><p>第三段</p>"),
                Arguments.of("<div><div>甲</div><div>乙</div></div>", "<p>甲</p><p>乙</p>"),
                Arguments.of("<div>前<div>中</div>后</div>", "<p>前</p><p>中</p>后"),
                Arguments.of("<div><ul><li>项</li></ul></div>", "<ul><li>项</li></ul>"),
                Arguments.of("<div onclick=\"alert(1)\" style=\"color:red\">段</div>", "<p>段</p>"));
    }

    /** Stored bodies are not rewritten: a body without {@code <div>} is sanitized exactly as before. */
    @ParameterizedTest
    @MethodSource("bodiesWithoutDivs")
    void bodiesWithoutDivsComeOutAsBefore(String html, String before) {
        assertThat(RichText.sanitize(html)).isEqualTo(before);
    }

    static Stream<Arguments> bodiesWithoutDivs() {
        return Stream.of(
                Arguments.of("第一段第二段第三段", "第一段第二段第三段"),
                Arguments.of("<p>第一段</p><p>第二段<br></p><p><br></p><p></p>", "<p>第一段</p><p>第二段<br /></p><p><br /></p><p></p>"),
                Arguments.of("<p style=\"color:red\" class=\"x\">红字</p><span>行内</span> <b>粗</b><i>斜</i><u>下</u>",
                        "<p>红字</p>行内 <b>粗</b><i>斜</i><u>下</u>"),
                Arguments.of("<h3>会议情况</h3><p><strong>6月12日</strong>，召开</p><figure><img src=\"/media/0f8fad5b-d9cb-469f-a165-70867728950e\" alt=\"会场\">"
                                + "<figcaption>现场</figcaption></figure><p><a href=\"https://www.gov.cn/\">网</a></p><table><tr><td>成都</td></tr></table>",
                        "<h3>会议情况</h3><p><strong>6月12日</strong>&#xff0c;召开</p><figure><img src=\"/media/0f8fad5b-d9cb-469f-a165-70867728950e\" alt=\"会场\" />"
                                + "<figcaption>现场</figcaption></figure><p><a href=\"https://www.gov.cn/\" rel=\"nofollow\">网</a></p><table><tbody><tr><td>成都</td></tr></tbody></table>"));
    }

    @Test
    void tablePartsKeepOnlyTheirSpans() {
        String table = "<table border=\"1\" class=\"x\" style=\"width:100%\"><caption>参会人数</caption><thead><tr>"
                + "<th colspan=\"2\" style=\"color:red\" class=\"h\">区县</th></tr></thead><tbody><tr><td rowspan=\"3\" width=\"20\">锦江区</td>"
                + "<td colspan=\"100\">12</td></tr></tbody></table>";

        assertThat(RichText.sanitize(table)).isEqualTo("<table><caption>参会人数</caption><thead><tr><th colspan=\"2\">区县</th></tr>"
                + "</thead><tbody><tr><td rowspan=\"3\">锦江区</td><td>12</td></tr></tbody></table>");
    }

    @Test
    void aCaptionedPictureFromTheEditorKeepsItsFigureWithoutTheEditorsClass() {
        String figure = "<figure class=\"image\" contenteditable=\"false\"><img src=\"/media/0f8fad5b-d9cb-469f-a165-70867728950e\" "
                + "alt=\"会场全景\" style=\"float:left\"><figcaption contenteditable=\"true\">会场</figcaption></figure>";

        assertThat(RichText.sanitize(figure)).isEqualTo("<figure><img src=\"/media/0f8fad5b-d9cb-469f-a165-70867728950e\" "
                + "alt=\"会场全景\" /><figcaption>会场</figcaption></figure>");
    }

    /** Word 2016's clipboard HTML as Chromium hands it to a paste: styles, classes, o:p, mso- lists and tables. */
    @Test
    void wordHtmlKeepsHeadingsListsTablesAndBoldWithoutStylesOrClasses() throws Exception {
        String safe = HtmlUtils.htmlUnescape(RichText.sanitize(resource("word-2016-clipboard.html")));

        assertThat(safe).contains("<h2>联络工作座谈会纪要</h2>", "<h2>一、会议概况</h2>", "<b>成都市</b>", "<i>各区（市）县</i>",
                "<ul><li>通报上半年工作</li><li>交流各地经验</li><li>部署下半年任务</li></ul>",
                "<ol><li>按时报送信息</li><li>做好交接</li></ol>",
                "<table><tbody><tr><td>", "<p><b>区县</b></p>", "<p>锦江区</p>");
        assertNothingOfOffice(safe);
    }

    /** WPS Writer's clipboard HTML: double-quoted styles, font tags, a Section div, a 一、 list and a merged cell. */
    @Test
    void wpsHtmlKeepsHeadingsListsTablesAndBoldWithoutStylesOrClasses() throws Exception {
        String safe = HtmlUtils.htmlUnescape(RichText.sanitize(resource("wps-2019-clipboard.html")));

        assertThat(safe).contains("<h2>经验交流材料</h2>", "<b>建立联络员例会制度</b>",
                "<ol><li>每月召开例会</li><li>建立信息台账</li></ol>", "<td colspan=\"2\"><p><b>例会安排</b></p></td>",
                "<td><p>每月第一周</p></td>");
        assertNothingOfOffice(safe);
    }

    private static void assertNothingOfOffice(String safe) {
        assertThat(safe.toLowerCase(Locale.ROOT)).doesNotContain("style", "class", "mso", "lang=", "<o:p", "<span", "<font",
                "font-family", "supportlists", "endif", "<div", "width=", "valign", "border", "@list", "wingdings");
        assertThat(safe).doesNotContainPattern(">\\s*l\\s*<").doesNotContain("1.", "一、每月");
    }

    private static String resource(String name) throws java.io.IOException {
        try (var in = RichTextTest.class.getResourceAsStream("/rich-text/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aPictureFromElsewhereIsDroppedRatherThanKeptBroken() {
        String pasted = "<p>转载<img src=\"https://other.example/a.png\" alt=\"外链\"><img alt=\"无源\">"
                + "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"剪贴\"><img src=\"/media/0f8fad5b-d9cb-469f-a165-70867728950e\" alt=\"本站\"></p>";

        assertThat(RichText.sanitize(pasted))
                .isEqualTo("<p>转载<img src=\"/media/0f8fad5b-d9cb-469f-a165-70867728950e\" alt=\"本站\" /></p>");
    }
}
