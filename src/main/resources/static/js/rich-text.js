// A small rich-text editor over a <textarea data-rich-text>: the textarea stays the form field, the server sanitizes.
(function () {
  'use strict';
  var commands = [
    ['bold', 'B', '加粗'], ['italic', 'I', '倾斜'], ['underline', 'U', '下划线'],
    ['formatBlock:h3', 'H', '小标题'], ['formatBlock:p', '¶', '正文段落'],
    ['insertUnorderedList', '•', '项目列表'], ['insertOrderedList', '1.', '编号列表'],
    ['createLink', '🔗', '链接'], ['removeFormat', '✕', '清除格式']
  ];

  function setUp(textarea) {
    var editor = document.createElement('div');
    editor.className = 'form-control rich-text-editor';
    editor.contentEditable = 'true';
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('aria-multiline', 'true');
    if (textarea.id) {
      var label = document.querySelector('label[for="' + textarea.id + '"]');
      if (label) {
        label.id = label.id || textarea.id + '-label';
        editor.setAttribute('aria-labelledby', label.id);
      }
    }
    editor.innerHTML = textarea.value;
    var toolbar = document.createElement('div');
    toolbar.className = 'btn-toolbar gap-1 mb-1';
    toolbar.setAttribute('role', 'toolbar');
    commands.forEach(function (command) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'btn btn-sm btn-outline-secondary';
      button.textContent = command[1];
      button.title = command[2];
      button.setAttribute('aria-label', command[2]);
      button.addEventListener('click', function () {
        editor.focus();
        var parts = command[0].split(':');
        if (parts[0] === 'createLink') {
          var url = window.prompt('链接地址（https://…）');
          if (url) {
            document.execCommand('createLink', false, url);
          }
        } else {
          document.execCommand(parts[0], false, parts[1] ? '<' + parts[1] + '>' : null);
        }
        sync();
      });
      toolbar.appendChild(button);
    });
    function sync() {
      textarea.value = editor.innerHTML;
    }
    editor.addEventListener('input', sync);
    textarea.form && textarea.form.addEventListener('submit', sync);
    textarea.classList.add('d-none');
    textarea.setAttribute('aria-hidden', 'true');
    textarea.parentNode.insertBefore(toolbar, textarea);
    textarea.parentNode.insertBefore(editor, textarea);
    if (textarea.classList.contains('is-invalid')) {
      editor.classList.add('is-invalid');
    }
  }

  document.querySelectorAll('textarea[data-rich-text]').forEach(setUp);
})();
