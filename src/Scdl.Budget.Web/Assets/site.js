// The page works without this script (a plain form post). With it: files can be dropped on the form, the upload
// shows its progress, and each report's frame takes the height of its report.
(function () {
  'use strict';

  function init() {
    fitFrames();
    var form = document.getElementById('upload-form');
    var input = document.getElementById('files');
    var zone = document.getElementById('drop-zone');
    if (!form || !input || !zone) {
      return;
    }

    document.getElementById('drop-hint').hidden = false;
    ['dragenter', 'dragover'].forEach(function (name) {
      zone.addEventListener(name, function (event) {
        event.preventDefault();
        zone.classList.add('over');
      });
    });
    ['dragleave', 'drop'].forEach(function (name) {
      zone.addEventListener(name, function () { zone.classList.remove('over'); });
    });
    zone.addEventListener('drop', function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length > 0) {
        input.files = event.dataTransfer.files;
        listFiles(input);
      }
    });
    input.addEventListener('change', function () { listFiles(input); });
    form.addEventListener('submit', function (event) {
      if (!window.FormData || !window.XMLHttpRequest || !window.DOMParser) {
        return; // The plain form post.
      }

      event.preventDefault();
      send(form);
    });
  }

  function listFiles(input) {
    var list = document.getElementById('file-list');
    list.textContent = '';
    Array.prototype.forEach.call(input.files, function (file) {
      var item = document.createElement('li');
      item.textContent = file.name;
      list.appendChild(item);
    });
  }

  function send(form) {
    var progress = document.getElementById('progress');
    var bar = progress.querySelector('progress');
    var label = progress.querySelector('span');
    var button = form.querySelector('button[type=submit]');
    var request = new XMLHttpRequest();
    progress.hidden = false;
    button.disabled = true;
    label.textContent = progress.dataset.sending;
    request.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) {
        bar.value = Math.round(100 * event.loaded / event.total);
      }
    });
    request.upload.addEventListener('load', function () {
      bar.removeAttribute('value'); // Indeterminate: the server is checking.
      label.textContent = progress.dataset.checking;
    });
    request.addEventListener('load', function () { show(request.responseText); });
    request.addEventListener('error', function () {
      button.disabled = false;
      bar.value = 0;
      label.textContent = progress.dataset.failed;
    });
    request.open('POST', form.action);
    request.send(new FormData(form));
  }

  function show(html) {
    var next = new DOMParser().parseFromString(html, 'text/html');
    document.title = next.title;
    document.body.replaceWith(document.adoptNode(next.body));
    init();
    var target = document.getElementById('resultats') || document.getElementById('contenu');
    if (target) {
      target.focus();
    }
  }

  function fitFrames() {
    Array.prototype.forEach.call(document.querySelectorAll('iframe.report'), function (frame) {
      frame.addEventListener('load', function () { fit(frame); });
      fit(frame);
    });
  }

  function fit(frame) {
    var page = frame.contentDocument && frame.contentDocument.documentElement;
    if (page && page.scrollHeight > 0) {
      frame.style.height = (page.scrollHeight + 2) + 'px';
    }
  }

  init();
}());
