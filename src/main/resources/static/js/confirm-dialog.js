// Asks before a far-reaching action: a form with data-confirm-with="<dialog id>" opens that native <dialog> instead
// of posting; the dialog's own form posts confirmed=true. showModal() moves focus into the dialog and Esc closes it;
// focus returns to the button that opened it. Without JavaScript the server answers a confirm page instead.
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var id = form.getAttribute('data-confirm-with');
    var dialog = id && document.getElementById(id);
    if (!dialog || typeof dialog.showModal !== 'function') {
      return;
    }
    event.preventDefault();
    var opener = event.submitter || form.querySelector('[type=submit]');
    dialog.addEventListener('close', function () {
      if (opener) {
        opener.focus();
      }
    }, {once: true});
    dialog.showModal();
  });
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-close-dialog]');
    if (button) {
      button.closest('dialog').close();
    }
  });
})();
