package org.citybridge.browser;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.openqa.selenium.JavascriptExecutor;

/**
 * What axe-core judges on a page, element by element: each element with its attributes and whether it holds text, in
 * the context of its ancestors, boiled down to a hash, with digits left out (ids, counts, dates) and so the values of
 * the attributes that only carry data (a link's target, an input's value, a token). A page needs checking when it
 * holds an element in a context no page checked before held: the sign-in page or the back office's home, shown dozens
 * of times, is checked once per state (with an error, in large print, in English), a list once whatever its length, a
 * page again when a part appears in it for the first time (a message, a section only some states show), and a page of
 * another structure when first shown. A change on the root (large print, high contrast, another language) makes every
 * element new.
 */
final class PageShape {

    private static final Set<Object> CHECKED = ConcurrentHashMap.newKeySet();

    private static final String ELEMENTS = """
            var dataOnly = /^(href|src|action|value|content|datetime|data-.*|nonce|integrity|aria-valuenow|aria-valuetext)$/;
            var found = {};
            function hash(text) {
              var h = 2166136261;
              for (var i = 0; i < text.length; i++) {
                h = Math.imul(h ^ text.charCodeAt(i), 16777619);
              }
              return (h >>> 0).toString(16);
            }
            function visit(element, context) {
              var own = '<' + element.tagName;
              for (var a = 0; a < element.attributes.length; a++) {
                var attribute = element.attributes[a];
                own += ' ' + attribute.name + (dataOnly.test(attribute.name) ? '' : '=' + attribute.value);
              }
              var text = false;
              for (var child = element.firstChild; child; child = child.nextSibling) {
                text = text || (child.nodeType === 3 && child.nodeValue.trim() !== '');
              }
              var shape = hash(context + '>' + own.replace(/[0-9]+/g, '#') + (text ? ' T' : ''));
              found[shape] = true;
              for (var child = element.firstElementChild; child; child = child.nextElementSibling) {
                visit(child, shape);
              }
            }
            visit(document.documentElement, '');
            return Object.keys(found);
            """;

    private PageShape() {
    }

    /** Whether the page the browser shows now holds an element in a context no page checked before held. */
    static boolean holdsSomethingUnchecked(JavascriptExecutor browser) {
        List<?> elements = (List<?>) browser.executeScript(ELEMENTS);
        boolean unchecked = false;
        for (Object element : elements) {
            unchecked |= CHECKED.add(element);
        }
        return unchecked;
    }
}
