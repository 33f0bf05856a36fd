package org.citybridge.browser;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.openqa.selenium.JavascriptExecutor;

/**
 * What axe-core judges on a page, boiled down to a hash: every element with its attributes, whether it holds text, and
 * the different shapes of its children, each once (a table of three rows has the shape of one of thirty, a list item of
 * the same kind is judged once), with digits left out (ids, counts, dates) and so the values of the attributes that
 * only carry data (a link's target, an input's value, a token). Two pages with the same shape differ only in their data
 * and in how often a part repeats, so the journeys check each shape once: the sign-in page or the back office's home,
 * shown dozens of times, is checked once per state (with an error, in large print, in English), a list once whatever
 * its length, and a page of another structure when first shown.
 */
final class PageShape {

    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    private static final String HASH = """
            var dataOnly = /^(href|src|action|value|content|datetime|data-.*|nonce|integrity|aria-valuenow|aria-valuetext)$/;
            function hash(text) {
              var h = 2166136261;
              for (var i = 0; i < text.length; i++) {
                h = Math.imul(h ^ text.charCodeAt(i), 16777619);
              }
              return (h >>> 0).toString(16);
            }
            function shape(element) {
              var own = '<' + element.tagName;
              for (var a = 0; a < element.attributes.length; a++) {
                var attribute = element.attributes[a];
                own += ' ' + attribute.name + (dataOnly.test(attribute.name) ? '' : '=' + attribute.value);
              }
              var text = false, children = [], seen = {};
              for (var child = element.firstChild; child; child = child.nextSibling) {
                if (child.nodeType === 3) {
                  text = text || child.nodeValue.trim() !== '';
                } else if (child.nodeType === 1) {
                  var kind = shape(child);
                  if (!seen[kind]) {
                    seen[kind] = true;
                    children.push(kind);
                  }
                }
              }
              return hash(own.replace(/[0-9]+/g, '#') + (text ? ' T' : '') + '[' + children.join(',') + ']');
            }
            return shape(document.documentElement);
            """;

    private PageShape() {
    }

    /** Whether a page of the shape the browser shows now is checked for the first time in this run. */
    static boolean firstOfItsShape(JavascriptExecutor browser) {
        return CHECKED.add(String.valueOf(browser.executeScript(HASH)));
    }
}
