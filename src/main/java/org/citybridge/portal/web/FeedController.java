package org.citybridge.portal.web;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citybridge.platform.CityBridgeProperties;
import org.citybridge.platform.html.RichText;
import org.citybridge.portal.domain.ArticleRow;
import org.citybridge.portal.domain.ColumnNode;
import org.citybridge.portal.domain.CurrentSiteSettings;
import org.citybridge.portal.domain.PortalQueries;
import org.citybridge.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Machine-readable views of the site: an Atom feed per column, the sitemap and robots.txt. */
@Controller
class FeedController {

    static final int FEED_SIZE = 20;
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");
    private static final Pattern SITE_PATH = Pattern.compile("\\b(src|href)=\"/(?!/)");

    private final PortalQueries queries;
    private final CityBridgeProperties properties;
    private final CurrentSiteSettings settings;

    FeedController(PortalQueries queries, CityBridgeProperties properties, CurrentSiteSettings settings) {
        this.queries = queries;
        this.properties = properties;
        this.settings = settings;
    }

    @GetMapping("/column/{slug}/atom.xml")
    ResponseEntity<String> atom(@PathVariable String slug) {
        if (queries.columnBySlug(slug).isEmpty()) {
            ColumnNode renamed = queries.columnFormerlyNamed(slug).filter(ColumnNode::visible)
                    .orElseThrow(() -> new NotFoundException("column.error.unknown", slug));
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create("/column/" + renamed.slug() + "/atom.xml")).build();
        }
        ColumnNode column = queries.columnBySlug(slug).filter(ColumnNode::visible)
                .orElseThrow(() -> new NotFoundException("column.error.unknown", slug));
        List<ArticleRow> items = queries.latestLive(column.id(), FEED_SIZE);
        Map<Long, String> bodies = queries.bodies(items.stream().map(ArticleRow::id).toList());
        String site = settings.get().name();
        String self = properties.link("/column/" + column.slug() + "/atom.xml");
        Instant updated = items.stream().map(ArticleRow::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n")
                .append("  <id>").append(escape(self)).append("</id>\n")
                .append("  <title>").append(escape(site + " · " + column.path())).append("</title>\n")
                .append("  <updated>").append(DateTimeFormatter.ISO_INSTANT.format(updated)).append("</updated>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(escape(self)).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(escape(properties.link("/column/" + column.slug()))).append("\"/>\n")
                .append("  <author><name>").append(escape(site)).append("</name></author>\n");
        for (ArticleRow item : items) {
            String link = properties.link("/article/" + item.id() + ".html");
            xml.append("  <entry>\n")
                    .append("    <id>").append(escape(link)).append("</id>\n")
                    .append("    <title>").append(escape(item.title())).append("</title>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(link)).append("\"/>\n")
                    .append("    <published>").append(DateTimeFormatter.ISO_INSTANT.format(item.publishAt())).append("</published>\n")
                    .append("    <updated>").append(DateTimeFormatter.ISO_INSTANT.format(item.updatedAt())).append("</updated>\n")
                    .append("    <category term=\"").append(escape(item.columnSlug())).append("\" label=\"")
                    .append(escape(item.columnName())).append("\"/>\n");
            String body = RichText.sanitize(bodies.getOrDefault(item.id(), ""));
            String summary = ArticlePageModel.description(item.summary(), body);
            xml.append("    <summary type=\"text\">").append(escape(summary)).append("</summary>\n")
                    .append("    <content type=\"html\">").append(escape(absolute(body))).append("</content>\n")
                    .append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok().contentType(ATOM).body(xml.toString());
    }

    /** The body's own links and pictures ({@code /media/…}, {@code /article/…}) as absolute URLs, for feed readers. */
    private String absolute(String html) {
        return SITE_PATH.matcher(html).replaceAll("$1=\"" + Matcher.quoteReplacement(properties.link("/")));
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, properties.link("/"), null);
        for (ColumnNode column : queries.columns()) {
            if (column.visible()) {
                url(xml, properties.link("/column/" + column.slug()), null);
            }
        }
        for (ArticleRow article : queries.allLive()) {
            Instant lastChange = article.updatedAt().isAfter(article.publishAt()) ? article.updatedAt() : article.publishAt();
            url(xml, properties.link("/article/" + article.id() + ".html"), lastChange);
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(XML).body(xml.toString());
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String body = """
                User-agent: *
                Allow: /
                Disallow: /admin
                Disallow: /login
                Disallow: /api
                Sitemap: %s
                """.formatted(properties.link("/sitemap.xml"));
        return ResponseEntity.ok().contentType(TEXT).body(body);
    }

    private static void url(StringBuilder xml, String location, Instant lastModified) {
        xml.append("  <url><loc>").append(escape(location)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(DateTimeFormatter.ISO_INSTANT.format(lastModified.truncatedTo(ChronoUnit.SECONDS)))
                    .append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    /** XML text and attribute escaping; characters XML 1.0 forbids are dropped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c > 0xFFFF) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
