// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // "Back" goes back in history when there is one, otherwise follows its link (home).
  document.addEventListener('click', function (e) {
    if (e.target.closest('[data-print]')) { window.print(); return; }
    var back = e.target.closest('[data-back]');
    if (back && window.history.length > 1 && document.referrer.indexOf(location.origin) === 0) {
      e.preventDefault();
      window.history.back();
    }
  });

  // After an SMS code was sent, the send button waits before it may be pressed again.
  function countdown(root) {
    var status = (root || document).querySelector('#sms-status[data-resend]');
    var button = document.querySelector('[data-countdown]');
    if (!status || !button) { return; }
    var left = parseInt(status.getAttribute('data-resend'), 10);
    if (!(left > 0)) { return; }
    var label = button.getAttribute('data-label') || button.textContent;
    var wait = button.getAttribute('data-wait') || '{0}';
    button.setAttribute('data-label', label);
    button.disabled = true;
    var timer = setInterval(function () {
      left -= 1;
      if (left <= 0) {
        clearInterval(timer);
        button.disabled = false;
        button.textContent = label;
      } else {
        button.textContent = wait.replace('{0}', left);
      }
    }, 1000);
    button.textContent = wait.replace('{0}', left);
  }

  document.addEventListener('DOMContentLoaded', function () { countdown(document); });
  document.addEventListener('htmx:afterSwap', function (e) { countdown(e.target.parentNode || document); });
})();

// 展码: the seconds left of the dynamic QR code; htmx swaps in a fresh code before it runs out.
(function () {
  'use strict';
  setInterval(function () {
    var qr = document.querySelector('#qr[data-expires]');
    if (!qr) { return; }
    var left = Math.max(0, Math.round((parseInt(qr.getAttribute('data-expires'), 10) - Date.now()) / 1000));
    var counter = qr.querySelector('#qr-countdown');
    if (counter) { counter.textContent = String(left); }
    var expired = qr.querySelector('.qr-expired');
    if (expired) { expired.hidden = left > 0; }
  }, 1000);
})();

// 上传材料 (templates/fragments/upload.html): a thumbnail of each chosen file with remove, the limits checked at
// once, and progress while the form uploads. Without this file the browser's own control still works.
(function () {
  'use strict';

  function sizeText(bytes) {
    return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(bytes / 1024)) + ' KB';
  }

  function keep(input, files) {
    var transfer = new DataTransfer();
    files.forEach(function (f) { transfer.items.add(f); });
    input.files = transfer.files;
  }

  function render(box) {
    var input = box.querySelector('.upload-input');
    var list = box.querySelector('.upload-chosen');
    var max = parseInt(box.getAttribute('data-max-bytes'), 10);
    var files = Array.prototype.slice.call(input.files || []);
    list.textContent = '';
    files.forEach(function (file, index) {
      var item = document.createElement('li');
      var ok = /^(image\/(jpeg|png)|application\/pdf)$/.test(file.type);
      if (file.type.indexOf('image/') === 0 && ok) {
        var img = document.createElement('img');
        img.className = 'upload-thumb';
        img.alt = file.name;
        var reader = new FileReader();  // a data: URL, which the pages' Content-Security-Policy allows for images
        reader.addEventListener('load', function () { img.src = reader.result; });
        reader.readAsDataURL(file);
        item.appendChild(img);
      } else {
        var doc = document.createElement('span');
        doc.className = 'upload-doc';
        doc.textContent = 'PDF';
        doc.setAttribute('aria-hidden', 'true');
        item.appendChild(doc);
      }
      var text = document.createElement('span');
      text.className = 'upload-name';
      text.textContent = file.name + ' · ' + sizeText(file.size);
      item.appendChild(text);
      if (!ok || file.size > max) {
        var error = document.createElement('p');
        error.className = 'error';
        error.setAttribute('role', 'alert');
        error.textContent = box.getAttribute(ok ? 'data-too-large' : 'data-wrong-type');
        item.appendChild(error);
      }
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'danger upload-remove';
      remove.textContent = box.getAttribute('data-remove');
      remove.addEventListener('click', function () {
        keep(input, files.filter(function (f, i) { return i !== index; }));
        render(box);
        input.focus();
      });
      item.appendChild(remove);
      list.appendChild(item);
    });
    box.querySelector('.upload-choose').hidden = files.length > 0;
    box.querySelector('.upload-replace').hidden = files.length === 0;
  }

  document.addEventListener('change', function (e) {
    var box = e.target.closest && e.target.closest('[data-upload]');
    if (box && e.target.classList.contains('upload-input')) { render(box); }
  });

  // While a form with chosen files uploads, a progress bar says so (the browser's own submit carries the files).
  document.addEventListener('submit', function (e) {
    var form = e.target;
    var bar = form.querySelector('.upload-progress');
    var chosen = Array.prototype.some.call(form.querySelectorAll('.upload-input'), function (i) { return i.files && i.files.length; });
    if (bar && chosen && !e.defaultPrevented) {
      bar.hidden = false;
      bar.querySelector('progress').removeAttribute('value');
    }
  });
})();
