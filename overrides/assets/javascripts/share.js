/* Share button of posts and activities (overrides/partials/share.html) - progressive enhancement only.
 *
 * Without JavaScript the reader sees a plain link to Facebook's sharer. With it:
 * - where the browser has the Web Share API (phones: Android Chrome, iOS Safari...), one "Share..." button
 *   opens the phone's own share sheet (Zalo, Facebook, Messenger, e-mail... whatever is installed), and the
 *   Facebook link is hidden (the sheet has it);
 * - elsewhere, a "Copy link" button copies the page's address (a role="status" element says it is done, in
 *   the page's language), beside the Facebook link.
 * No third-party script, no request to another host. External file: the Content-Security-Policy forbids
 * inline scripts.
 */
(function () {
  "use strict";

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var done = false;
    try { done = document.execCommand("copy"); } catch (error) { done = false; }
    document.body.removeChild(area);
    return done ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  function setUp(box) {
    var url = box.getAttribute("data-share-url");
    var title = box.getAttribute("data-share-title") || document.title;
    var native = box.querySelector("[data-share-native]");
    var copy = box.querySelector("[data-share-copy]");
    var facebook = box.querySelector("[data-share-facebook]");
    var status = box.querySelector("[data-copied]");
    if (!url) return;
    if (typeof navigator.share === "function") {
      native.hidden = false;
      if (facebook) facebook.hidden = true;
      native.addEventListener("click", function () {
        navigator.share({ title: title, url: url }).catch(function () { /* closed by the reader */ });
      });
      return;
    }
    copy.hidden = false;
    copy.addEventListener("click", function () {
      copyText(url).then(function () {
        if (status) status.textContent = status.getAttribute("data-copied");
      }, function () {
        if (status) status.textContent = status.getAttribute("data-copy-failed") + " " + url;
      });
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-share]"), setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
