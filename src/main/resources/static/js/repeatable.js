// "Add a row" for repeatable groups: clones the <template> named by the button's data-template into its data-target.
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-add-row]');
    if (!button) {
      return;
    }
    event.preventDefault();
    var template = document.getElementById(button.getAttribute('data-template'));
    var target = document.getElementById(button.getAttribute('data-target'));
    var row = template.content.firstElementChild.cloneNode(true);
    target.appendChild(row);
    var first = row.querySelector('input');
    if (first) {
      first.focus();
    }
  });
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-remove-row]');
    if (button) {
      event.preventDefault();
      button.closest('[data-row]').remove();
    }
  });
})();
