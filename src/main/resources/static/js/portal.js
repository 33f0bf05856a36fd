// The public site's reader options: font size (字号) and high contrast, remembered in a cookie (which the server also
// reads, so the links work without JavaScript), the language link keeping the page the reader is on (its address
// names only the path: pages are kept for everyone, whatever they asked), the print button of the print view and the
// day printed on paper. No pop-ups.
(function () {
  'use strict';
  var YEAR = 60 * 60 * 24 * 365;

  function remember(name, value) {
    document.cookie = name + '=' + value + '; path=/; max-age=' + YEAR + '; samesite=lax';
    try { window.localStorage.setItem(name, value); } catch (e) { /* private mode */ }
  }

  function setSize(size) {
    var root = document.documentElement;
    root.classList.remove('font-small', 'font-medium', 'font-large');
    root.classList.add('font-' + size);
    document.querySelectorAll('[data-font-size]').forEach(function (link) {
      link.setAttribute('aria-current', String(link.getAttribute('data-font-size') === size));
    });
    remember('portal-size', size);
  }

  // The print view's note carries the day it is printed (the page's own day, from the server, until then).
  window.addEventListener('beforeprint', function () {
    var now = new Date();
    var day = now.getFullYear() + '-' + String(now.getMonth() + 1).padStart(2, '0') + '-' + String(now.getDate()).padStart(2, '0');
    document.querySelectorAll('[data-print-date]').forEach(function (element) {
      element.textContent = day;
    });
  });

  document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target.closest('[data-font-size], [data-contrast-toggle], [data-language], [data-print]') : null;
    if (!target) {
      return;
    }
    if (target.hasAttribute('data-font-size')) {
      event.preventDefault();
      setSize(target.getAttribute('data-font-size'));
    } else if (target.hasAttribute('data-contrast-toggle')) {
      event.preventDefault();
      var high = !document.documentElement.classList.contains('high-contrast');
      document.documentElement.classList.toggle('high-contrast', high);
      target.setAttribute('aria-current', String(high));
      remember('portal-contrast', high ? 'high' : 'normal');
    } else if (target.hasAttribute('data-language')) {
      event.preventDefault();
      var page = new URL(window.location.href);
      page.searchParams.set('lang', target.getAttribute('data-language'));
      window.location.assign(page.toString());
    } else if (target.hasAttribute('data-print')) {
      window.print();
    }
  });
})();
