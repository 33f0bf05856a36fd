// A form marked data-unsaved-warning asks before the page is left with changes not saved (the browser's own "leave
// this page?" question). Saving the form does not ask; a preview that opens in a new tab keeps the warning on.
// Rich-text fields are asked through their editor (TinyMCE), whose content the textarea takes only now and then.
(function () {
  'use strict';
  document.querySelectorAll('form[data-unsaved-warning]').forEach(function (form) {
    var rich = Array.prototype.slice.call(form.querySelectorAll('textarea[data-rich-text]'));
    var richNames = rich.map(function (textarea) { return textarea.name; });
    var leaving = false;

    function plainFields() {
      var parts = [];
      new FormData(form).forEach(function (value, name) {
        if (richNames.indexOf(name) < 0) {
          parts.push(name + '=' + (typeof value === 'string' ? value : value.name));
        }
      });
      return parts.join('&');
    }

    function richChanged() {
      return rich.some(function (textarea) {
        var editor = window.tinymce && textarea.id && window.tinymce.get(textarea.id);
        return editor ? editor.isDirty() : textarea.value !== textarea.defaultValue;
      });
    }

    var saved = plainFields();
    form.addEventListener('submit', function (event) {
      var submitter = event.submitter;
      if (!(submitter && submitter.formTarget === '_blank')) {
        leaving = true;
      }
    });
    window.addEventListener('beforeunload', function (event) {
      if (!leaving && (plainFields() !== saved || richChanged())) {
        event.preventDefault();
        event.returnValue = '';
      }
    });
  });
}());
