package org.citybridge.browser;

import java.util.List;

import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core's WCAG 2.0 and 2.1 A and AA rules run in the page as the browser shows it, frames included (the editor's):
 * axe-core is loaded into the page and into each of its frames as a script of the application ({@link AxeCoreScript}),
 * then run in the page, which asks the frames' axe-core for their part.
 */
final class AxeCheck {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Answers null once axe-core is in the page and in each frame it can reach, else what kept it out. */
    private static final String LOAD = """
            var src = arguments[0], done = arguments[arguments.length - 1];
            function windows(view, all) {
              all.push(view);
              for (var i = 0; i < view.frames.length; i++) {
                try {
                  if (view.frames[i].document) {
                    windows(view.frames[i], all);
                  }
                } catch (e) {
                  // a frame of another origin is not the application's page
                }
              }
              return all;
            }
            Promise.all(windows(window, []).filter(function (view) { return !view.axe; }).map(function (view) {
              return new Promise(function (loaded, failed) {
                var script = view.document.createElement('script');
                script.src = src;
                script.onload = loaded;
                script.onerror = function () { failed(new Error(src + ' did not load in ' + view.location.href)); };
                (view.document.head || view.document.documentElement).appendChild(script);
              });
            })).then(function () { done(null); }, function (error) { done(String(error)); });
            """;

    /** Answers each violated rule as one line: the page, the rule, how many elements and the first three of them. */
    private static final String RUN = """
            var page = arguments[0], tags = arguments[1], done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']}).then(function (results) {
              done(results.violations.map(function (rule) {
                return page + ': ' + rule.id + ' (' + rule.nodes.length + '): '
                  + JSON.stringify(rule.nodes.slice(0, 3).map(function (node) { return node.target; }));
              }));
            }, function (error) { done([page + ': axe-core failed: ' + error]); });
            """;

    private AxeCheck() {
    }

    @SuppressWarnings("unchecked")
    static List<String> violations(JavascriptExecutor browser, String page) {
        if (browser.executeAsyncScript(LOAD, AxeCoreScript.PATH) != null) {
            // a document whose policy runs no script of the application (a download shown by the browser): handed over
            browser.executeScript(AxeCoreScript.text());
        }
        return List.copyOf((List<String>) browser.executeAsyncScript(RUN, page, TAGS));
    }
}
