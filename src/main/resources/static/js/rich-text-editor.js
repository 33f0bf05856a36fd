// TinyMCE over every <textarea data-rich-text>: the textarea stays the form field (written back on every change and on
// submit), the server sanitizes. Pictures go to the textarea's data-upload-url; Word and WPS pastes are cleaned here so
// the editor shows what will be kept.
(function () {
  'use strict';
  var english = /^en/i.test(document.documentElement.lang);
  var here = document.currentScript.src.replace(/[^\/]*$/, '');
  var OWN_FILE = /^\/(files|media)\/[0-9a-f-]{36}(\.[a-z]{3,4})?$/;
  var say = english ? {
    paragraph: 'Paragraph', heading: 'Heading',
    altMissing: 'Please enter the text alternative (what the picture shows, read aloud by screen readers).',
    uploadFailed: 'Upload failed', connection: 'Upload failed: the connection broke; check the network or choose a smaller file.',
    foreign: function (n) {
      return (n === 1 ? '1 picture' : n + ' pictures') + ' from elsewhere ' + (n === 1 ? 'was' : 'were')
        + ' not kept: the text can only show pictures uploaded to this site. Save the picture to your computer and '
        + 'insert it with the picture button.';
    }
  } : {
    paragraph: '正文', heading: '标题',
    altMissing: '请填写替代文字（说明图片内容，供读屏软件朗读）。',
    uploadFailed: '上传失败', connection: '上传失败：连接中断，请检查网络或选择较小的文件。',
    foreign: function (n) {
      return '已粘贴的 ' + n + ' 张外部图片未保存：正文只能显示上传到本站的图片。请把图片保存到电脑，再用“插入图片”按钮上传。';
    }
  };

  function setUp(textarea) {
    if (!textarea.id) {
      textarea.id = 'rich-text-' + Math.random().toString(36).slice(2);
    }
    var label = document.querySelector('label[for="' + textarea.id + '"]');
    var name = label ? label.textContent.trim() : '';
    var upload = textarea.dataset.uploadUrl;
    tinymce.init({
      target: textarea,
      language: english ? 'en' : 'zh_CN',
      language_url: english ? undefined : here + 'tinymce-langs/zh_CN.js',
      promotion: false,
      branding: false,
      menubar: false,
      statusbar: false,
      height: Math.max(260, textarea.rows * 28),
      plugins: 'lists link table' + (upload ? ' image' : ''),
      toolbar: 'undo redo | blocks | bold italic | bullist numlist blockquote | link table' + (upload ? ' image' : '')
        + ' | removeformat',
      toolbar_mode: 'wrap',
      block_formats: say.paragraph + '=p;' + say.heading + ' 2=h2;' + say.heading + ' 3=h3;' + say.heading + ' 4=h4',
      iframe_aria_text: name,
      content_style: 'body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;font-size:16px;line-height:1.7}'
        + 'img{max-width:100%;height:auto}figure{margin:1rem 0;display:table}figure figcaption{color:#444;font-size:.9em}'
        + 'table{border-collapse:collapse}td,th{border:1px solid #999;padding:.25rem .5rem}',
      // what the server keeps, so the editor shows what will be saved (no style attribute on anything)
      valid_elements: 'p,br,h2,h3,h4,strong/b,em/i,u,s,sub,sup,ul,ol,li,blockquote,hr,a[href|title],'
        + 'table,caption,thead,tbody,tr,th[colspan|rowspan],td[colspan|rowspan],figure[class],figcaption,'
        + 'img[src|alt|width|height]',
      entity_encoding: 'raw',
      convert_urls: false,
      link_default_protocol: 'https',
      link_assume_external_targets: true,
      link_target_list: false,
      link_title: false,
      table_toolbar: 'tableprops tabledelete | tableinsertrowbefore tableinsertrowafter tabledeleterow | '
        + 'tableinsertcolbefore tableinsertcolafter tabledeletecol',
      table_appearance_options: false,
      table_advtab: false,
      table_cell_advtab: false,
      table_row_advtab: false,
      table_default_attributes: {},
      table_default_styles: {},
      table_use_colgroups: false,
      table_resize_bars: false,
      object_resizing: false,
      image_caption: true,
      image_description: true,
      image_dimensions: false,
      image_title: false,
      image_uploadtab: true,
      images_file_types: 'jpeg,jpg,png,gif,webp',
      images_upload_handler: upload ? uploader(upload) : undefined,
      add_form_submit_trigger: false,
      paste_data_images: false,
      paste_webkit_styles: 'none',
      // styles reach paste_preprocess, which needs Word's mso-list styles and then drops every style itself
      paste_remove_styles_if_webkit: false,
      paste_preprocess: function (editor, args) {
        args.content = cleanPaste(args.content);
      },
      setup: function (editor) {
        editor.on('PreInit', function () { figuresAsCaptionedImages(editor); });
        editor.on('init', function () { requireAltText(editor); });
        editor.on('PastePostProcess', function (event) { leaveOutForeignPictures(editor, event.node); });
        editor.on('input', function () { editor.setDirty(true); });
        editor.on('input change undo redo ExecCommand SetContent', function () {
          if (editor.isDirty()) {
            editor.save();
          }
        });
      },
      init_instance_callback: function (editor) {
        editor.iframeElement.title = name || editor.iframeElement.title;
        if (label) {
          label.addEventListener('click', function () { editor.focus(); });
        }
        if (textarea.classList.contains('is-invalid')) {
          editor.getContainer().classList.add('is-invalid');
        }
      }
    });
  }

  // Only an edit rewrites the field, so a body saved untouched stays exactly as stored; an edited one is written back
  // before any handler of the form (a plain post or htmx) reads it.
  document.addEventListener('submit', function (event) {
    tinymce.get().forEach(function (editor) {
      if (event.target.contains(editor.getElement()) && editor.isDirty()) {
        editor.save();
      }
    });
  }, true);

  // The image dialog inserts nothing without a text alternative: its Save asks for one instead.
  function requireAltText(editor) {
    var open = editor.windowManager.open;
    editor.windowManager.open = function (spec, params) {
      var data = spec.initialData;
      if (data && 'alt' in data && 'src' in data && spec.onSubmit) {
        var submit = spec.onSubmit;
        spec = Object.assign({}, spec, {
          onSubmit: function (api) {
            var alt = api.getData().alt;
            if (!alt || !alt.trim()) {
              editor.windowManager.alert(say.altMissing, function () { api.showTab && api.showTab('general'); api.focus('alt'); });
              return;
            }
            submit(api);
            captionsFromAltText(editor);
          }
        });
      }
      return open(spec, params);
    };
  }

  // The image plugin writes the English word "Caption" under a picture newly captioned, in any language; the caption
  // starts as the picture's text alternative instead, for the writer to change in place.
  function captionsFromAltText(editor) {
    var changed = false;
    editor.dom.select('figure.image > figcaption').forEach(function (caption) {
      var img = caption.parentNode.querySelector('img');
      if (caption.textContent === 'Caption' && img && img.getAttribute('alt')) {
        caption.textContent = img.getAttribute('alt');
        changed = true;
      }
    });
    if (changed) {
      editor.undoManager.add();
      editor.setDirty(true);
      editor.save();
    }
  }

  // A stored <figure><img><figcaption> (the server keeps no classes) is the image plugin's captioned picture again.
  function figuresAsCaptionedImages(editor) {
    editor.parser.addNodeFilter('figure', function (nodes) {
      nodes.forEach(function (figure) {
        if (figure.getAll('img').length) {
          figure.attr('class', 'image');
        }
      });
    });
  }

  // Posts the picture as multipart "file" with the CSRF header; the server answers {url} or an RFC 9457 problem.
  function uploader(url) {
    return function (blobInfo) {
      var data = new FormData();
      data.append('file', blobInfo.blob(), blobInfo.filename());
      var headers = {'Accept': 'application/json'};
      var token = document.querySelector('meta[name="_csrf"]');
      var header = document.querySelector('meta[name="_csrf_header"]');
      if (token && header) {
        headers[header.content] = token.content;
      }
      return fetch(url, {method: 'POST', body: data, headers: headers, credentials: 'same-origin'})
        .catch(function () { throw {message: say.connection, remove: true}; })
        .then(function (response) {
          return response.json().catch(function () { return {}; }).then(function (body) {
            if (!response.ok || !body.url) {
              throw {message: body.detail || body.title || say.uploadFailed + ' (' + response.status + ')', remove: true};
            }
            return body.url;
          });
        });
    };
  }

  // Pictures from elsewhere (another site, Word's file: or data: pictures) cannot be shown: the site only serves its
  // own files. They are left out and the writer is told.
  function leaveOutForeignPictures(editor, node) {
    var leftOut = 0;
    Array.prototype.slice.call(node.querySelectorAll('img')).forEach(function (img) {
      if (!OWN_FILE.test(ownPath(img.getAttribute('src')))) {
        leftOut++;
        var figure = img.closest('figure');
        img.remove();
        if (figure && !figure.querySelector('img')) {
          var paragraph = document.createElement('p');
          paragraph.textContent = figure.textContent;
          figure.replaceWith(paragraph);
        }
      }
    });
    if (leftOut) {
      editor.notificationManager.open({text: say.foreign(leftOut), type: 'warning'});
    }
  }

  function ownPath(src) {
    try {
      var url = new URL(src || '', window.location.href);
      return url.origin === window.location.origin ? url.pathname : '';
    } catch (e) {
      return '';
    }
  }

  // Word and WPS HTML as the editor keeps it: their list paragraphs as lists, h1 as h2 and h5/h6 as h4 (the page has
  // its own h1), without o:p, conditional comments, classes, styles, lang and mso- attributes.
  function cleanPaste(html) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var body = doc.body;
    wordLists(doc, body);
    removeComments(body);
    Array.prototype.slice.call(body.querySelectorAll('*')).forEach(function (element) {
      var tag = element.localName;
      if (tag.indexOf(':') >= 0 || tag === 'style' || tag === 'meta' || tag === 'link' || tag === 'xml') {
        unwrap(element, tag.indexOf(':') < 0 || tag === 'o:p');
      } else if (/^h[1-6]$/.test(tag)) {
        var level = Math.min(4, Math.max(2, Number(tag.charAt(1))));
        if ('h' + level !== tag) {
          rename(element, 'h' + level);
        }
      }
    });
    Array.prototype.slice.call(body.querySelectorAll('*')).forEach(function (element) {
      Array.prototype.slice.call(element.attributes).forEach(function (attribute) {
        if (/^(class|style|lang|align|valign|width|height|border|cellspacing|cellpadding|bgcolor|face|size|color)$/i.test(attribute.name)
          || /^(mso|x:|v:|o:|w:)/i.test(attribute.name)) {
          element.removeAttribute(attribute.name);
        }
      });
    });
    return body.innerHTML;
  }

  function removeComments(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
    var comments = [];
    while (walker.nextNode()) {
      comments.push(walker.currentNode);
    }
    comments.forEach(function (comment) { comment.remove(); });
  }

  function unwrap(element, dropContent) {
    if (!dropContent) {
      while (element.firstChild) {
        element.parentNode.insertBefore(element.firstChild, element);
      }
    }
    element.remove();
  }

  function rename(element, tag) {
    var replacement = element.ownerDocument.createElement(tag);
    while (element.firstChild) {
      replacement.appendChild(element.firstChild);
    }
    element.replaceWith(replacement);
  }

  // Word and WPS write list items as paragraphs styled "mso-list:l0 level2 lfo1" whose marker ("1.", "·") sits between
  // <!--[if !supportLists]--> and <!--[endif]--> (or in a span styled mso-list:Ignore): they become nested <ul>/<ol>.
  // "1." "a)" "iv." "一、" "（一）" "(2)" "3" number a list; "·" "§" and Wingdings' "l" "n" "Ø" are bullets
  var NUMBERED = /^([(（][0-9a-z一二三四五六七八九十]+[)）]|([0-9]+|[a-z]|[ivxlc]+|[一二三四五六七八九十]+)[.．、)）]|[0-9]+)$/i;

  function wordLists(doc, body) {
    var stack = [];
    var last = null;
    Array.prototype.slice.call(body.querySelectorAll('p, h1, h2, h3, h4, h5, h6')).forEach(function (paragraph) {
      var style = paragraph.getAttribute('style') || '';
      var found = /mso-list:\s*(l\d+)\s+level(\d+)/i.exec(style);
      if (!found) {
        return;
      }
      if (!last || paragraph.previousElementSibling !== last) {
        stack = [];
      }
      var level = Number(found[2]);
      var marker = listMarker(paragraph);
      var tag = NUMBERED.test(marker) ? 'ol' : 'ul';
      while (stack.length > level) {
        stack.pop();
      }
      while (stack.length < level) {
        var list = doc.createElement(tag);
        if (stack.length) {
          var parentItem = stack[stack.length - 1].lastElementChild;
          (parentItem || stack[stack.length - 1]).appendChild(list);
        } else {
          paragraph.parentNode.insertBefore(list, paragraph);
        }
        stack.push(list);
      }
      var item = doc.createElement('li');
      while (paragraph.firstChild) {
        item.appendChild(paragraph.firstChild);
      }
      stack[stack.length - 1].appendChild(item);
      last = stack[0];
      paragraph.remove();
    });
  }

  // Takes the marker out of a Word list paragraph and answers its text ("1.", "·", "（一）").
  function listMarker(paragraph) {
    var marker = '';
    var inside = false;
    Array.prototype.slice.call(paragraph.childNodes).forEach(function (node) {
      if (node.nodeType === 8 && /\[if !supportLists\]/i.test(node.nodeValue)) {
        inside = true;
        node.remove();
      } else if (node.nodeType === 8 && /\[endif\]/i.test(node.nodeValue) && inside) {
        inside = false;
        node.remove();
      } else if (inside) {
        marker += node.textContent;
        node.remove();
      }
    });
    Array.prototype.slice.call(paragraph.querySelectorAll('[style*="mso-list"]')).forEach(function (span) {
      if (/mso-list:\s*ignore/i.test(span.getAttribute('style'))) {
        marker += span.textContent;
        span.remove();
      }
    });
    return marker.replace(/[\s\u00a0]+/g, '');
  }

  function within(root) {
    (root.matches && root.matches('textarea[data-rich-text]') ? [root] : [])
      .concat(Array.prototype.slice.call(root.querySelectorAll ? root.querySelectorAll('textarea[data-rich-text]') : []))
      .forEach(function (textarea) {
        if (!textarea.dataset.richTextEditor) {
          textarea.dataset.richTextEditor = 'tinymce';
          setUp(textarea);
        }
      });
  }

  within(document);
  // parts of a page swapped in by htmx get their editors, and parts swapped out let theirs go
  document.addEventListener('htmx:load', function (event) { within(event.target); });
  document.addEventListener('htmx:beforeCleanupElement', function (event) {
    tinymce.get().forEach(function (editor) {
      if (event.target.contains(editor.getElement())) {
        editor.remove();
      }
    });
  });
})();
