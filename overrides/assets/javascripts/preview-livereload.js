// Live reload for the previews (scripts/serve and mkdocs serve; never published: hooks/hook_preview.py).
// MkDocs' own live-reload script, loaded from a file because the site's Content-Security-Policy allows
// no inline script (hooks/preview/livereload.py). The page asks the server for the site's version and
// reloads when a newer one is built - after a fix, or to show the page that names a mistake.
(function () {
  "use strict";
  var script = document.currentScript;
  var epoch = parseFloat(script.getAttribute("data-epoch"));
  var requestId = script.getAttribute("data-request");
  var req, timeout;

  function poll() {
    req = new XMLHttpRequest();
    req.onloadend = function () {
      if (parseFloat(this.responseText) > epoch) {
        location.reload();
      } else {
        timeout = setTimeout(poll, this.status === 200 ? 0 : 3000);
      }
    };
    req.open("GET", "/livereload/" + epoch + "/" + requestId);
    req.send();
  }

  function stop() {
    if (req) {
      req.abort();
    }
    if (timeout) {
      clearTimeout(timeout);
    }
    req = timeout = undefined;
  }

  window.addEventListener("load", function () {
    if (document.visibilityState === "visible") {
      poll();
    }
  });
  window.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") {
      poll();
    } else {
      stop();
    }
  });
  window.addEventListener("beforeunload", stop);
})();
