package org.citybridge.browser;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.openqa.selenium.JavascriptExecutor;

/**
 * What axe-core judges on a page, boiled down to a hash: the path, every element with its attributes, and which elements
 * hold text, with digits left out (ids, counts, dates) and so the values of the attributes that only carry data (a
 * link's target, an input's value, a token). Two pages with the same shape differ only in their data, so the journeys
 * check each shape once: the sign-in page or the back office's home, shown dozens of times, is checked once per state
 * (with an error, in large print, in English), and a page of another structure is checked when first shown.
 */
final class PageShape {

    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    private static final String HASH = """
            var hash = 2166136261;
            function add(text) {
              text = String(text).replace(/[0-9]+/g, '#');
              for (var i = 0; i < text.length; i++) {
                hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
              }
            }
            var dataOnly = /^(href|src|action|value|content|datetime|data-.*|nonce|integrity|aria-valuenow|aria-valuetext)$/;
            add(location.pathname);
            document.querySelectorAll('*').forEach(function (element) {
              add('<' + element.tagName);
              for (var a = 0; a < element.attributes.length; a++) {
                var attribute = element.attributes[a];
                add(' ' + attribute.name + (dataOnly.test(attribute.name) ? '' : '=' + attribute.value));
              }
              for (var child = element.firstChild; child; child = child.nextSibling) {
                if (child.nodeType === 3 && child.nodeValue.trim()) {
                  add('T');
                  break;
                }
              }
            });
            return (hash >>> 0).toString(16);
            """;

    private PageShape() {
    }

    /** Whether a page of the shape the browser shows now is checked for the first time in this run. */
    static boolean firstOfItsShape(JavascriptExecutor browser) {
        return CHECKED.add(String.valueOf(browser.executeScript(HASH)));
    }
}
