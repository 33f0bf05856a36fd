// The top bar's quick search as an ARIA combobox: suggestions grouped by kind in a listbox under the box, arrow keys
// move through them (aria-activedescendant), Enter opens the chosen one or, with none chosen, the full results page,
// Escape closes the list. Without JavaScript the form opens the results page.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var input = document.getElementById('quick-search');
    if (!input) {
      return;
    }
    var list = document.getElementById(input.getAttribute('aria-controls'));
    var status = document.getElementById('quick-search-status');
    var timer = null;
    var asked = 0;

    function options() {
      return Array.prototype.slice.call(list.querySelectorAll('[role=option]'));
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function choose(option) {
      options().forEach(function (o) {
        o.setAttribute('aria-selected', String(o === option));
      });
      if (option) {
        input.setAttribute('aria-activedescendant', option.id);
        option.scrollIntoView({block: 'nearest'});
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function show(html) {
      var answer = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-quick-search-answer]');
      if (!answer) {
        return;
      }
      list.replaceChildren.apply(list, Array.prototype.map.call(answer.children, function (child) {
        return document.importNode(child, true);
      }));
      status.textContent = answer.getAttribute('data-status');
      if (answer.getAttribute('data-count') === '0') {
        close();
      } else {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        choose(null);
      }
    }

    function ask() {
      var text = input.value.trim();
      var mine = ++asked;
      if (!text) {
        close();
        status.textContent = '';
        return;
      }
      fetch(input.getAttribute('data-suggestions') + '?q=' + encodeURIComponent(text),
        {credentials: 'same-origin', headers: {'HX-Request': 'true'}})
        .then(function (response) {
          return response.ok ? response.text() : '';
        })
        .then(function (html) {
          if (mine === asked && html) {
            show(html);
          }
        });
    }

    function open(option) {
      window.location.assign(option.getAttribute('data-href'));
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 200);
    });

    input.addEventListener('keydown', function (event) {
      var all = options();
      var current = document.getElementById(input.getAttribute('aria-activedescendant') || '');
      var at = all.indexOf(current);
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (list.hidden) {
          if (all.length) {
            list.hidden = false;
            input.setAttribute('aria-expanded', 'true');
          } else {
            return;
          }
        }
        event.preventDefault();
        var next = event.key === 'ArrowDown' ? (at + 1) % all.length : (at <= 0 ? all.length - 1 : at - 1);
        choose(all[next]);
      } else if (event.key === 'Enter' && current && !list.hidden) {
        event.preventDefault();
        open(current);
      } else if (event.key === 'Escape') {
        if (!list.hidden) {
          event.preventDefault();
          close();
        } else {
          input.value = '';
        }
      }
    });

    list.addEventListener('mousedown', function (event) {
      event.preventDefault();
    });
    list.addEventListener('click', function (event) {
      var option = event.target.closest('[role=option]');
      if (option) {
        open(option);
      }
    });
    input.addEventListener('blur', close);
  });
})();
