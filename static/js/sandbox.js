// The sandbox console: Enter runs, Shift+Enter adds a line, arrows walk the history, Tab completes from the
// shell's catalogue; play mode posts logged "sim advance" steps while the tab is visible; the cluster view's
// elements show their details when hovered or focused. The page works without this file (plain form posts).
(function () {
  "use strict";
  var main = document.querySelector(".sandbox-page");
  if (!main) return;
  var base = main.dataset.base;
  var readOnly = main.dataset.readonly === "true";
  var input = document.getElementById("sb-command");
  var form = document.getElementById("sb-form");
  var log = document.getElementById("sb-log");
  var history = [];
  var cursor = 0;
  var draft = "";

  function scrollLog() { if (log) log.scrollTop = log.scrollHeight; }

  function grow() {
    if (!input) return;
    input.style.height = "auto";
    input.style.height = Math.min(input.scrollHeight, 320) + "px";
  }

  function loadHistory() {
    history = [];
    log.querySelectorAll(".sb-entry[data-line]").forEach(function (e) { history.push(e.dataset.line); });
    cursor = history.length;
  }

  function submit() {
    if (!input.value.trim()) return;
    if (window.htmx) window.htmx.trigger(form, "submit"); else form.submit();
  }

  function commonPrefix(words) {
    return words.reduce(function (a, b) {
      var i = 0;
      while (i < a.length && i < b.length && a[i] === b[i]) i++;
      return a.slice(0, i);
    });
  }

  function complete() {
    var before = input.value.slice(0, input.selectionStart);
    var after = input.value.slice(input.selectionEnd);
    var out = document.getElementById("sb-candidates");
    fetch(base + "/complete?line=" + encodeURIComponent(before), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { candidates: [] }; })
      .then(function (data) {
        var list = data.candidates || [];
        var word = before.split(/\s/).pop();
        if (!list.length) { out.textContent = ""; return; }
        var add = list.length === 1 ? list[0].slice(word.length) + " " : commonPrefix(list).slice(word.length);
        input.value = before + add + after;
        input.selectionStart = input.selectionEnd = (before + add).length;
        out.textContent = list.length > 1 ? main.dataset.candidates + " " + list.join("  ") : "";
        grow();
      });
  }

  if (input && form) {
    loadHistory();
    input.addEventListener("input", grow);
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) {
        ev.preventDefault();
        submit();
      } else if (ev.key === "Tab" && !ev.shiftKey && input.value.trim()) {
        ev.preventDefault();
        complete();
      } else if (ev.key === "ArrowUp" && input.value.lastIndexOf("\n", input.selectionStart - 1) < 0 && cursor > 0) {
        if (cursor === history.length) draft = input.value;
        cursor--;
        input.value = history[cursor];
        ev.preventDefault();
        grow();
      } else if (ev.key === "ArrowDown" && input.value.indexOf("\n", input.selectionStart) < 0 && cursor < history.length) {
        cursor++;
        input.value = cursor === history.length ? draft : history[cursor];
        ev.preventDefault();
        grow();
      }
    });
    form.addEventListener("htmx:beforeRequest", function () { form.setAttribute("aria-busy", "true"); });
    form.addEventListener("htmx:afterRequest", function (ev) {
      form.removeAttribute("aria-busy");
      if (ev.detail.successful) {
        draft = "";
        input.value = "";
        grow();
        document.getElementById("sb-candidates").textContent = "";
      }
      input.focus();
    });
  }

  document.body.addEventListener("htmx:afterSwap", function () {
    scrollLog();
    if (log) loadHistory();
  });
  document.body.addEventListener("htmx:oobAfterSwap", function () { dirtyEditors(); });
  // Keep an editor the learner is typing in when another command refreshes the file panel.
  document.body.addEventListener("htmx:oobBeforeSwap", function (ev) {
    var target = ev.detail.target;
    if (target && target.id === "sb-files" && target.querySelector("textarea[data-dirty]")) ev.detail.shouldSwap = false;
  });
  function dirtyEditors() {
    document.querySelectorAll("#sb-files textarea").forEach(function (t) {
      t.addEventListener("input", function () { t.dataset.dirty = "1"; });
    });
  }
  dirtyEditors();
  document.body.addEventListener("htmx:afterRequest", function (ev) {
    var f = ev.detail.elt;
    if (f && f.classList && f.classList.contains("sb-file-form") && ev.detail.successful) {
      f.querySelectorAll("textarea").forEach(function (t) { delete t.dataset.dirty; });
    }
  });

  // Details of the cluster view's elements, on hover and on keyboard focus.
  function showDetails(ev) {
    var item = ev.target.closest && ev.target.closest(".cv-item");
    var panel = document.getElementById("sb-details");
    if (item && panel) panel.textContent = item.dataset.details;
  }
  document.addEventListener("focusin", showDetails);
  document.addEventListener("mouseover", showDetails);

  // Play mode: every 2 s of wall time, a logged (and coalesced) "sim advance" of speed × 2 s.
  var play = document.getElementById("sb-play");
  var speed = document.getElementById("sb-speed");
  var status = document.getElementById("sb-play-status");
  var timer = null;
  function tick() {
    if (document.visibilityState !== "visible" || !window.htmx) return;
    window.htmx.ajax("POST", base + "/advance", { values: { seconds: String(Number(speed.value) * 2), play: "1" }, swap: "none", target: "#sb-clock" });
  }
  function setPlaying(on) {
    if (timer) { clearInterval(timer); timer = null; }
    if (on) timer = setInterval(tick, 2000);
    play.setAttribute("aria-pressed", on ? "true" : "false");
    play.textContent = on ? play.dataset.pause : play.dataset.play;
    status.textContent = on ? main.dataset.playing : main.dataset.paused;
  }
  if (play && !readOnly) {
    play.addEventListener("click", function () { setPlaying(!timer); });
  }
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState !== "visible" && timer) setPlaying(false);
  });

  // A shared copy follows its owner's sandbox, while it is on screen.
  if (readOnly) {
    setInterval(function () {
      if (document.visibilityState === "visible" && window.htmx) {
        window.htmx.ajax("GET", base + "/scene", { swap: "none", target: "#sb-clock" });
      }
    }, 5000);
  }
  scrollLog();
  grow();
})();
