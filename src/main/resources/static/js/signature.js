// Handwritten signature on a canvas (家庭共济 个人承诺书). Without JavaScript the page offers a PNG upload instead.
(function () {
  'use strict';

  function init() {
    var box = document.querySelector('[data-signature]');
    var canvas = document.getElementById('signature-pad');
    var field = document.getElementById('signature');
    if (!box || !canvas || !field) { return; }
    box.hidden = false;
    var hint = document.querySelector('[data-signature-hint]');
    if (hint) { hint.hidden = false; }
    var ctx = canvas.getContext('2d');
    var drawing = false;
    var inked = false;
    ctx.lineWidth = 4;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#111';

    function point(e) {
      var r = canvas.getBoundingClientRect();
      return { x: (e.clientX - r.left) * canvas.width / r.width, y: (e.clientY - r.top) * canvas.height / r.height };
    }
    function save() { field.value = inked ? canvas.toDataURL('image/png') : ''; }

    canvas.addEventListener('pointerdown', function (e) {
      drawing = true;
      var p = point(e);
      ctx.beginPath();
      ctx.moveTo(p.x, p.y);
      if (canvas.setPointerCapture) { canvas.setPointerCapture(e.pointerId); }
      e.preventDefault();
    });
    canvas.addEventListener('pointermove', function (e) {
      if (!drawing) { return; }
      var p = point(e);
      ctx.lineTo(p.x, p.y);
      ctx.stroke();
      inked = true;
      e.preventDefault();
    });
    function stop() {
      if (drawing) { drawing = false; save(); }
    }
    canvas.addEventListener('pointerup', stop);
    canvas.addEventListener('pointerleave', stop);
    canvas.addEventListener('pointercancel', stop);

    var clear = document.getElementById('signature-clear');
    if (clear) {
      clear.addEventListener('click', function () {
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        inked = false;
        save();
      });
    }
    var form = canvas.closest('form');
    if (form) { form.addEventListener('submit', save); }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
