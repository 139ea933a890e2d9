// 个人账户月度划入: while the run shown is 进行中, asks for its progress every 1.5 s and updates the bar and the
// figures; when it has ended, reloads the page once so that the list of runs shows it too.
(function () {
  'use strict';

  var card = document.getElementById('crediting-current');
  if (!card || card.getAttribute('data-running') !== 'true') { return; }

  function text(id, value) {
    var el = document.getElementById(id);
    if (el) { el.textContent = value; }
  }

  function fill(pattern, value) {
    return card.getAttribute(pattern).replace('{0}', value);
  }

  function show(run) {
    document.getElementById('crediting-bar').value = run.percent;
    text('crediting-status', run.statusText);
    text('crediting-done', run.done);
    text('crediting-due', run.due === null ? card.getAttribute('data-counting') : run.due);
    text('crediting-amount', fill('data-yuan', run.credited));
    text('crediting-rate', fill('data-rate', run.perSecond));
    text('crediting-elapsed', fill('data-seconds', run.elapsedSeconds));
    text('crediting-remaining', run.remainingSeconds === null
      ? card.getAttribute('data-unknown') : fill('data-seconds', run.remainingSeconds));
  }

  var timer = setInterval(function () {
    fetch(card.getAttribute('data-progress'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (body) {
        if (!body || !body.run) { return; }
        if (String(body.run.id) !== card.getAttribute('data-run') || body.run.status !== 'RUNNING') {
          clearInterval(timer);
          window.location.reload();
          return;
        }
        show(body.run);
      })
      .catch(function () { /* the next tick asks again */ });
  }, 1500);
})();
