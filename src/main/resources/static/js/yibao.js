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
