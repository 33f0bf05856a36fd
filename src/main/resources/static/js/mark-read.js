// Records that a liaison read a circular: the page posts its own "标记为已读" form (with the CSRF token) once loaded,
// so only the page itself, never a link from another site, records a read. Without JavaScript the button does it.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form[data-mark-read]');
    if (!form) {
      return;
    }
    fetch(form.action, {
      method: 'POST', body: new FormData(form), credentials: 'same-origin', headers: {'X-Requested-With': 'fetch'}
    }).then(function (response) {
      if (response.ok) {
        var status = document.getElementById('mark-read-status');
        status.textContent = status.getAttribute('data-done');
        form.hidden = true;
      }
    });
  });
})();
