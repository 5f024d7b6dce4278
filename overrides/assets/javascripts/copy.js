/* "Copy" buttons beside an address (resource pages) - progressive enhancement only.
 *
 * Without JavaScript the address is plain text to select and copy by hand, and the button stays hidden.
 * With it, the button copies the element named by data-copy-target (its text, exactly: the pieces the
 * address wraps between join without spaces) and a role="status" element next to it says it is done, in
 * the page's language (its data-copied attribute). The Clipboard API needs a secure context (HTTPS or
 * localhost); elsewhere the text is selected and copied with execCommand, or left selected for Ctrl+C.
 * External file (the Content-Security-Policy forbids inline scripts); no third-party code.
 */
(function () {
  "use strict";

  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function copy(text, element) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return copyBySelection(element); });
    }
    return copyBySelection(element);
  }

  function copyBySelection(element) {
    selectText(element);
    var done = false;
    try { done = document.execCommand("copy"); } catch (error) { done = false; }
    return done ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-copy-target]"), function (button) {
      var target = document.getElementById(button.getAttribute("data-copy-target"));
      var status = button.parentNode.querySelector("[data-copied]");
      if (!target) return;
      button.hidden = false;
      button.addEventListener("click", function () {
        copy(target.textContent, target).then(function () {
          if (status) status.textContent = status.getAttribute("data-copied");
        }, function () {
          selectText(target);  // the text stays selected: Ctrl+C or the phone's menu copies it
        });
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
