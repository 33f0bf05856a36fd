// A form marked data-unsaved-warning asks before the page is left with changes not saved (the browser's own "leave
// this page?" question). Saving the form does not ask; a preview that opens in a new tab keeps the warning on.
// Rich-text fields are watched through their editor (TinyMCE): it writes the textarea only now and then, and a
// submit (the preview's too) marks it clean, so the editor's own input and change events are counted here.
(function () {
  'use strict';
  document.querySelectorAll('form[data-unsaved-warning]').forEach(function (form) {
    var rich = Array.prototype.slice.call(form.querySelectorAll('textarea[data-rich-text]'));
    var richNames = rich.map(function (textarea) { return textarea.name; });
    var richChanged = false;
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

    function watch(editor) {
      if (editor && rich.some(function (textarea) { return textarea.id === editor.id; })) {
        editor.on('input change', function () { richChanged = true; });
      }
    }

    rich.forEach(function (textarea) {
      textarea.addEventListener('input', function () { richChanged = true; });
    });
    if (window.tinymce) {
      window.tinymce.get().forEach(watch);
      window.tinymce.on('AddEditor', function (event) { watch(event.editor); });
    }

    var saved = plainFields();
    form.addEventListener('submit', function (event) {
      var submitter = event.submitter;
      if (!(submitter && submitter.formTarget === '_blank')) {
        leaving = true;
      }
    });
    window.addEventListener('beforeunload', function (event) {
      if (!leaving && (richChanged || plainFields() !== saved)) {
        event.preventDefault();
        event.returnValue = '';
      }
    });
  });
}());
