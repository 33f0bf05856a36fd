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
    editor.innerHTML = textarea.value.trim() ? textarea.value : '<p><br></p>';
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
    // Only an edit rewrites the field, so a body saved untouched stays exactly as stored.
    function sync() {
      textarea.value = paragraphs(editor);
    }
    editor.addEventListener('input', sync);
    textarea.classList.add('d-none');
    textarea.setAttribute('aria-hidden', 'true');
    textarea.parentNode.insertBefore(toolbar, textarea);
    textarea.parentNode.insertBefore(editor, textarea);
    if (textarea.classList.contains('is-invalid')) {
      editor.classList.add('is-invalid');
    }
    var upload = textarea.dataset.uploadUrl ? pictures(textarea, editor, toolbar, sync) : null;
    leaveFigures(editor, sync);
    foreignPictures(editor, notice(editor), upload);
  }

  // Enter makes a <p>, not a <div> (which the server's allow-list would flatten into the paragraph before it).
  document.execCommand('defaultParagraphSeparator', false, 'p');

  var BLOCK = /^(P|DIV|H[1-6]|UL|OL|LI|BLOCKQUOTE|FIGURE|FIGCAPTION|TABLE|HR|PRE)$/;

  // The editor's HTML as submitted: every line in a block, <div> lines as <p>, no block inside a <p> (as Chrome's list
  // command leaves), without the invisible empty <p></p> and without an empty paragraph at either end.
  function paragraphs(editor) {
    var copy = editor.cloneNode(true);
    Array.prototype.slice.call(copy.querySelectorAll('div, p')).reverse().forEach(function (block) {
      if (Array.prototype.some.call(block.children, isBlock)) {
        wrapInlineRuns(block);
        while (block.firstChild) {
          block.parentNode.insertBefore(block.firstChild, block);
        }
        block.parentNode.removeChild(block);
      } else if (block.tagName === 'DIV') {
        var p = document.createElement('p');
        while (block.firstChild) {
          p.appendChild(block.firstChild);
        }
        block.parentNode.replaceChild(p, block);
      }
    });
    wrapInlineRuns(copy);
    copy.querySelectorAll('p').forEach(function (p) {
      if (!p.firstElementChild && !p.textContent.trim()) {
        p.parentNode.removeChild(p);
      }
    });
    [copy.firstElementChild, copy.lastElementChild].forEach(function (edge) {
      if (edge && edge.parentNode === copy && edge.tagName === 'P' && !edge.textContent.trim() && !edge.querySelector('img')) {
        copy.removeChild(edge);
      }
    });
    return copy.innerHTML;
  }

  function isBlock(node) {
    return node.nodeType === 1 && BLOCK.test(node.tagName);
  }

  // Text and inline elements lying directly in a block container (a first line typed bare, a pasted run) go into a <p>.
  function wrapInlineRuns(container) {
    var run = null;
    Array.prototype.slice.call(container.childNodes).forEach(function (node) {
      if (isBlock(node)) {
        run = null;
      } else if (run || node.nodeType === 1 || (node.nodeType === 3 && node.nodeValue.trim())) {
        if (!run) {
          run = document.createElement('p');
          container.insertBefore(run, node);
        }
        run.appendChild(node);
      }
    });
  }

  // Enter in a picture or its caption leaves the figure for a new paragraph after it; so does typing beside a
  // picture that has no caption. The caption itself stays one line of text.
  function leaveFigures(editor, sync) {
    editor.addEventListener('keydown', function (event) {
      var figure = event.key === 'Enter' && !event.isComposing && enclosing(editor, 'FIGURE');
      if (figure) {
        event.preventDefault();
        paragraphAfter(figure);
        sync();
      }
    });
    editor.addEventListener('beforeinput', function (event) {
      var figure = event.inputType === 'insertText' && enclosing(editor, 'FIGURE');
      if (figure && !enclosing(editor, 'FIGCAPTION')) {
        event.preventDefault();
        paragraphAfter(figure);
        document.execCommand('insertText', false, event.data);
      }
    });
  }

  function enclosing(editor, tagName) {
    var selection = window.getSelection();
    var node = selection.rangeCount ? selection.getRangeAt(0).startContainer : null;
    while (node && node !== editor) {
      if (node.nodeName === tagName) {
        return node;
      }
      node = node.parentNode;
    }
    return null;
  }

  // Puts the caret in the empty paragraph after the figure, making one if there is none.
  function paragraphAfter(figure) {
    var next = figure.nextElementSibling;
    var paragraph = next && next.tagName === 'P' && !next.textContent.trim() && !next.querySelector('img') ? next : null;
    if (!paragraph) {
      paragraph = document.createElement('p');
      paragraph.appendChild(document.createElement('br'));
      figure.parentNode.insertBefore(paragraph, figure.nextSibling);
    }
    var range = document.createRange();
    range.setStart(paragraph, 0);
    range.collapse(true);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  // A live region under the editor for what a paste could not keep.
  function notice(editor) {
    var region = document.createElement('div');
    region.className = 'rich-text-notice';
    region.setAttribute('role', 'status');
    editor.parentNode.insertBefore(region, editor.nextSibling);
    return region;
  }

  // Pictures pasted or dragged in from elsewhere (another site, Word's data: or file: pictures, a picture file) cannot
  // be shown: the site only serves its own files. They are left out, and the editor is told and offered the picture
  // upload instead, with the first picture already chosen when the clipboard or the drag holds its bytes.
  function foreignPictures(editor, region, upload) {
    editor.addEventListener('paste', function (event) { leaveOut(event, event.clipboardData, false); });
    editor.addEventListener('drop', function (event) { leaveOut(event, event.dataTransfer, true); });

    function leaveOut(event, data, dragged) {
      var html = data && data.getData('text/html');
      if (!html) {
        var files = data ? Array.prototype.filter.call(data.files, function (f) { return /^image\//.test(f.type); }) : [];
        if (files.length) {
          event.preventDefault();
          tell(region, files.length, upload, files[0], dragged);
        }
        return;
      }
      var pasted = new DOMParser().parseFromString(html, 'text/html').body;
      var leftOut = 0;
      var chosen = null;
      pasted.querySelectorAll('img').forEach(function (img) {
        var own = ownFile(img.getAttribute('src'));
        if (own) {
          img.setAttribute('src', own);
        } else {
          leftOut++;
          chosen = chosen || dataFile(img.getAttribute('src'));
          dropPicture(img);
        }
      });
      if (leftOut) {
        event.preventDefault();
        if (dragged) {
          caretAt(editor, event);
        }
        document.execCommand('insertHTML', false, pasted.innerHTML);
        tell(region, leftOut, upload, chosen, dragged);
      }
    }
  }

  // Where a drag was let go, as the caret.
  function caretAt(editor, event) {
    var range = document.caretRangeFromPoint && document.caretRangeFromPoint(event.clientX, event.clientY);
    editor.focus();
    if (range && editor.contains(range.startContainer)) {
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }
  }

  // The picture in a data: URI (as Word and WPS paste them) as a file the upload can take.
  function dataFile(src) {
    var parts = /^data:(image\/(png|jpeg|gif|webp));base64,([a-z0-9+\/=\s]+)$/i.exec(src || '');
    if (!parts) {
      return null;
    }
    var bytes = atob(parts[3].replace(/\s/g, ''));
    var array = new Uint8Array(bytes.length);
    for (var i = 0; i < bytes.length; i++) {
      array[i] = bytes.charCodeAt(i);
    }
    return new File([array], '粘贴的图片.' + parts[2].toLowerCase().replace('jpeg', 'jpg'), {type: parts[1].toLowerCase()});
  }

  function ownFile(src) {
    try {
      var url = new URL(src || '', window.location.href);
      return url.origin === window.location.origin && /^\/(files|media)\/[0-9a-f-]{36}(\.[a-z]{3,4})?$/.test(url.pathname)
        ? url.pathname : null;
    } catch (e) {
      return null;
    }
  }

  // A figure left without its picture keeps only its caption's text, as a paragraph.
  function dropPicture(img) {
    var figure = img.closest('figure');
    img.parentNode.removeChild(img);
    if (figure && !figure.querySelector('img')) {
      var caption = figure.querySelector('figcaption');
      var paragraph = document.createElement('p');
      paragraph.textContent = caption ? caption.textContent : '';
      figure.parentNode.replaceChild(paragraph, figure);
    }
  }

  // What a paste or a drop left out, in the page's language (the rest of the editor speaks Chinese only).
  function tell(region, count, upload, chosen, dragged) {
    var english = /^en/i.test(document.documentElement.lang);
    var alert = document.createElement('div');
    alert.className = 'alert alert-warning py-2 mt-1 mb-0 d-flex flex-wrap align-items-center gap-2 foreign-pictures';
    var text = document.createElement('span');
    text.textContent = english
      ? (count === 1 ? '1 picture ' : count + ' pictures ') + (dragged ? 'dragged in' : 'pasted')
        + (count === 1 ? ' from elsewhere was not kept' : ' from elsewhere were not kept')
        + ': the text can only show pictures uploaded to this site. '
        + (!upload ? 'Pictures cannot be inserted here.'
          : chosen ? 'Choose “Upload picture”: one is already chosen, add its text alternative and upload it.'
            : 'Save the picture to your computer, then choose “Upload picture”.')
      : (dragged ? '已拖入的 ' : '已粘贴的 ') + count + ' 张外部图片未保存：正文只能显示上传到本站的图片。'
        + (!upload ? '此处不能插入图片。'
          : chosen ? '点“上传图片”：已为您选好一张，填写替代文字即可上传。' : '请把图片保存到电脑，再点“上传图片”上传。');
    alert.appendChild(text);
    if (upload) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'btn btn-sm btn-outline-dark';
      button.textContent = english ? 'Upload picture' : '上传图片';
      button.addEventListener('click', function () { upload(chosen); });
      alert.appendChild(button);
    }
    region.replaceChildren(alert);
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
      } else if (!editor.contains(document.activeElement)) {
        button.focus();
      }
    }
    function fail(message) {
      error.textContent = message;
      error.classList.remove('d-none');
    }
    function open(chosen) {
      var selection = window.getSelection();
      range = selection.rangeCount && editor.contains(selection.getRangeAt(0).commonAncestorContainer)
        ? selection.getRangeAt(0).cloneRange() : null;
      if (chosen) {
        var list = new DataTransfer();
        list.items.add(chosen);
        file.files = list.files;
      }
      show(true);
    }
    button.addEventListener('click', function () {
      if (panel.classList.contains('d-none')) {
        open();
      } else {
        show(false);
      }
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
      editor.focus();
      paragraphAfter(figure);
      sync();
    }
    return open;
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
