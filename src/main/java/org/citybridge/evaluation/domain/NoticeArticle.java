package org.citybridge.evaluation.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.citybridge.evaluation.CommendationView;
import org.springframework.web.util.HtmlUtils;

/**
 * The public notice (公示) of a year's proposed commendations as the portal publishes it: the title, the names with
 * their cities, the notice period and where to object. It is published text of the association, in Chinese.
 */
record NoticeArticle(String title, String bodyHtml) {

    static final String SOURCE = "协会秘书处";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    static NoticeArticle of(int year, String honour, List<CommendationView> proposed, LocalDate from, LocalDate lastDay, int days) {
        String title = year + "年度" + honour + "拟表彰名单公示";
        StringBuilder body = new StringBuilder()
                .append("<p>根据《联络工作办法》，经年度考核，拟对以下").append(proposed.size()).append("名同志予以表彰，授予“")
                .append(escape(honour)).append("”称号，现予公示。</p><ol>");
        for (CommendationView c : proposed) {
            body.append("<li>").append(escape(c.personName())).append("（").append(escape(c.cityName())).append("）</li>");
        }
        body.append("</ol><p>公示时间：").append(DAY.format(from)).append("至").append(DAY.format(lastDay))
                .append("（").append(days).append("个工作日）。</p>")
                .append("<p>公示期间，如对公示对象有异议，请以书面或电话形式向协会秘书处反映，反映情况应实事求是，并提供具体事实。</p>");
        return new NoticeArticle(title, body.toString());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
