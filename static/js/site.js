// Progressive enhancement only: pages read fine without this file.
(function () {
  "use strict";

  function highlight(root) {
    if (!window.hljs) return;
    window.hljs.configure({ ignoreUnescapedHTML: true, cssSelector: "pre code[class*='language-']" });
    root.querySelectorAll("pre code[class*='language-']").forEach(function (code) {
      var lang = (code.className.match(/language-([\w-]+)/) || [])[1];
      if (lang && window.hljs.getLanguage(lang)) window.hljs.highlightElement(code);
    });
  }

  function copyButtons(root) {
    var label = root.dataset.copy, done = root.dataset.copied, aria = root.dataset.copyLabel;
    if (!label) return;
    root.querySelectorAll("pre > code").forEach(function (code) {
      var pre = code.parentElement;
      var wrap = document.createElement("div");
      wrap.className = "code-block";
      pre.parentNode.insertBefore(wrap, pre);
      wrap.appendChild(pre);
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-button";
      button.textContent = label;
      button.setAttribute("aria-label", aria);
      var status = document.createElement("span");
      status.className = "visually-hidden";
      status.setAttribute("role", "status");
      button.addEventListener("click", function () {
        var text = code.textContent.replace(/\n$/, "");
        var shown = function () {
          button.textContent = done;
          status.textContent = done;
          setTimeout(function () { button.textContent = label; status.textContent = ""; }, 1600);
        };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(shown);
        } else {
          // plain http on another host: no Clipboard API, so copy the selected text the old way
          var range = document.createRange();
          range.selectNodeContents(code);
          var selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
          if (document.execCommand("copy")) shown();
          selection.removeAllRanges();
        }
      });
      wrap.appendChild(button);
      wrap.appendChild(status);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".prose").forEach(function (prose) {
      highlight(prose);
      copyButtons(prose);
    });
  });
})();
