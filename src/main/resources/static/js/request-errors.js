// Shows why an htmx request failed: the server answers it with the error's message only (templates/error/fragment),
// which htmx itself would not show; it goes into the page's alert region above the content.
(function () {
  'use strict';
  document.addEventListener('htmx:responseError', function (event) {
    var region = document.getElementById('request-error');
    var xhr = event.detail.xhr;
    if (!region || !xhr || (xhr.getResponseHeader('Content-Type') || '').indexOf('text/html') !== 0) {
      return;
    }
    var message = new DOMParser().parseFromString(xhr.responseText, 'text/html').querySelector('[data-error-fragment]');
    if (message) {
      region.replaceChildren(document.importNode(message, true));
      region.hidden = false;
    }
  });
})();
