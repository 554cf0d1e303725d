// Counts the exam clock down between page loads. The server keeps the real deadline: when the clock reaches
// zero the page reloads and the server submits the exam. Without this script the page still works; the time
// shown is then the time left when the page was served.
(function () {
  var timer = document.querySelector('.exam-timer[data-remaining]');
  if (!timer) return;
  var clock = timer.querySelector('.exam-clock');
  var endsAt = Date.now() + Number(timer.getAttribute('data-remaining')) * 1000;
  function pad(n) { return n < 10 ? '0' + n : String(n); }
  function tick() {
    var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    clock.textContent = Math.floor(left / 60) + ':' + pad(left % 60);
    if (left <= 300) timer.classList.add('is-low');
    if (left === 0) { window.location.reload(); return; }
    window.setTimeout(tick, 1000);
  }
  tick();
})();
