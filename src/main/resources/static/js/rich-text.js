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
    if (textarea.dataset.uploadUrl) {
      pictures(textarea, editor, toolbar, sync);
    }
  }

  // 插入图片: an inline form (file, caption, alt), uploaded with fetch; the server answers {id, url} or a problem JSON.
  function pictures(textarea, editor, toolbar, sync) {
    var range = null;
    var n = textarea.id || 'rich-text';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-sm btn-outline-secondary insert-image';
    button.textContent = '插入图片';
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', n + '-image-form');
    toolbar.appendChild(button);
    var panel = document.createElement('div');
    panel.id = n + '-image-form';
    panel.className = 'card card-body mb-2 image-form d-none';
    panel.setAttribute('role', 'group');
    panel.setAttribute('aria-label', '插入图片');
    panel.appendChild(field('file', n + '-image-file', '图片文件', 'image/jpeg,image/png,image/webp,image/gif'));
    panel.appendChild(field('text', n + '-image-caption', '图片说明'));
    panel.appendChild(field('text', n + '-image-alt', '替代文字（必填，供读屏软件朗读）'));
    var error = document.createElement('div');
    error.className = 'alert alert-danger py-1 d-none image-error';
    error.setAttribute('role', 'alert');
    panel.appendChild(error);
    var actions = document.createElement('div');
    actions.className = 'd-flex gap-2';
    var upload = document.createElement('button');
    upload.type = 'button';
    upload.className = 'btn btn-sm btn-primary image-upload';
    upload.textContent = '上传并插入';
    var cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.className = 'btn btn-sm btn-outline-secondary';
    cancel.textContent = '取消';
    actions.appendChild(upload);
    actions.appendChild(cancel);
    panel.appendChild(actions);
    toolbar.parentNode.insertBefore(panel, toolbar.nextSibling);
    var file = panel.querySelector('input[type=file]');
    var caption = document.getElementById(n + '-image-caption');
    var alt = document.getElementById(n + '-image-alt');

    function show(open) {
      panel.classList.toggle('d-none', !open);
      button.setAttribute('aria-expanded', String(open));
      if (open) {
        file.focus();
      } else {
        button.focus();
      }
    }
    function fail(message) {
      error.textContent = message;
      error.classList.remove('d-none');
    }
    button.addEventListener('click', function () {
      var selection = window.getSelection();
      range = selection.rangeCount && editor.contains(selection.getRangeAt(0).commonAncestorContainer)
        ? selection.getRangeAt(0).cloneRange() : null;
      show(panel.classList.contains('d-none'));
    });
    cancel.addEventListener('click', function () { show(false); });
    panel.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        upload.click();
      } else if (event.key === 'Escape') {
        show(false);
      }
    });
    upload.addEventListener('click', function () {
      error.classList.add('d-none');
      if (!file.files.length) {
        return fail('请选择图片文件。');
      }
      if (!alt.value.trim()) {
        alt.focus();
        return fail('请填写替代文字。');
      }
      var data = new FormData();
      data.append('file', file.files[0]);
      var headers = {'Accept': 'application/json'};
      var token = document.querySelector('meta[name="_csrf"]');
      var header = document.querySelector('meta[name="_csrf_header"]');
      if (token && header) {
        headers[header.content] = token.content;
      }
      upload.disabled = true;
      fetch(textarea.dataset.uploadUrl, {method: 'POST', body: data, headers: headers, credentials: 'same-origin'})
        .then(function (response) {
          return response.json().catch(function () { return {}; }).then(function (body) {
            if (!response.ok || !body.url) {
              // the server's own message (RFC 9457 detail), in the user's language; a bare status only if it sent none
              throw new Error(body.detail || body.title || (response.status === 413
                ? '文件过大，超过服务器允许的上限。' : '上传失败（' + response.status + '）'));
            }
            return body;
          });
        })
        .then(function (body) {
          insert(body.url, alt.value.trim(), caption.value.trim());
          file.value = '';
          caption.value = '';
          alt.value = '';
          show(false);
        })
        .catch(function (e) { fail(e instanceof TypeError ? '上传失败：连接中断，请检查网络或选择较小的文件。' : e.message); })
        .then(function () { upload.disabled = false; });
    });

    function insert(url, altText, captionText) {
      var figure = document.createElement('figure');
      var img = document.createElement('img');
      img.src = url;
      img.alt = altText;
      figure.appendChild(img);
      if (captionText) {
        var figcaption = document.createElement('figcaption');
        figcaption.textContent = captionText;
        figure.appendChild(figcaption);
      }
      if (range) {
        range.collapse(false);
        var block = range.startContainer;
        while (block && block.parentNode !== editor && block !== editor) {
          block = block.parentNode;
        }
        if (block && block !== editor) {
          editor.insertBefore(figure, block.nextSibling);
        } else {
          range.insertNode(figure);
        }
      } else {
        editor.appendChild(figure);
      }
      sync();
    }
  }

  function field(type, id, text, accept) {
    var wrap = document.createElement('div');
    wrap.className = 'mb-2';
    var label = document.createElement('label');
    label.className = 'form-label';
    label.htmlFor = id;
    label.textContent = text;
    var input = document.createElement('input');
    input.type = type;
    input.id = id;
    input.className = 'form-control form-control-sm';
    if (accept) {
      input.accept = accept;
    }
    wrap.appendChild(label);
    wrap.appendChild(input);
    return wrap;
  }

  document.querySelectorAll('textarea[data-rich-text]').forEach(setUp);
})();
