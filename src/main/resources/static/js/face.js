// 人脸识别: shows the front camera, walks through the liveness prompts and takes one JPEG frame at each, then
// submits them with the page's form. Without a camera (or when it is refused) the page says what to do instead.
// The frames exist only in this page and the one request; nothing is saved in the browser.
(function () {
  'use strict';

  var STEP_MILLIS = 900;
  var WIDTH = 320;

  function init() {
    var form = document.getElementById('face-form');
    var video = document.getElementById('face-video');
    var button = document.getElementById('face-start');
    if (!form || !video || !button) { return; }
    var prompt = document.getElementById('face-prompt');
    var stream = null;

    function noCamera() {
      document.getElementById('face-no-camera').hidden = false;
      button.hidden = true;
      var steps = document.querySelector('.face-steps');
      if (steps) { steps.hidden = true; }
    }

    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) { noCamera(); return; }
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user', width: { ideal: 640 } }, audio: false })
      .then(function (s) {
        stream = s;
        video.srcObject = s;
        video.hidden = false;
        button.disabled = false;
      })
      .catch(noCamera);

    function frame() {
      var canvas = document.createElement('canvas');
      var w = video.videoWidth || WIDTH;
      var h = video.videoHeight || Math.round(WIDTH * 4 / 3);
      canvas.width = WIDTH;
      canvas.height = Math.round(h * WIDTH / w);
      canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
      var input = document.createElement('input');
      input.type = 'hidden';
      input.name = 'frame';
      input.value = canvas.toDataURL('image/jpeg', 0.8);
      form.appendChild(input);
    }

    function step(n) {
      var text = form.getAttribute('data-prompt-' + n);
      if (!text) {
        if (prompt) { prompt.textContent = form.getAttribute('data-taking'); }
        stream.getTracks().forEach(function (t) { t.stop(); });
        form.submit();
        return;
      }
      if (prompt) { prompt.textContent = text; }
      setTimeout(function () { frame(); step(n + 1); }, STEP_MILLIS);
    }

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!stream || button.disabled) { return; }
      button.disabled = true;
      form.querySelectorAll('input[name=frame]').forEach(function (i) { i.remove(); });
      step(1);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
