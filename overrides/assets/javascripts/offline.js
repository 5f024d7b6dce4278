/* Registers the site's service worker (sw.js at the site root), which keeps visited pages for offline use.
 *
 * Loaded only by real builds (hooks/hook_offline.py): `mkdocs serve` previews register no worker. Browsers
 * offer service workers only on HTTPS and on localhost; on plain http `navigator.serviceWorker` is
 * missing and the site works as before, without offline. Once the worker runs, this page (loaded before
 * it) is handed to it to keep, and when the browser is idle the worker fetches this language's home,
 * schedule and catalogue - after the page has loaded, so never part of the first view.
 * External file (the Content-Security-Policy forbids inline scripts); no third-party code.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !("serviceWorker" in navigator)) return;
  var worker = new URL(script.getAttribute("data-worker"), location.href);
  var lang = script.getAttribute("data-lang");

  function whenIdle(callback) {
    if ("requestIdleCallback" in window) window.requestIdleCallback(callback, { timeout: 5000 });
    else window.setTimeout(callback, 2000);
  }

  function start() {
    var firstVisit = !navigator.serviceWorker.controller;
    navigator.serviceWorker.register(worker.href, { scope: new URL("./", worker).href })
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function (registration) {
        whenIdle(function () {
          var active = registration.active;
          if (!active) return;
          if (firstVisit) {
            var urls = [location.href].concat(performance.getEntriesByType("resource").map(function (entry) {
              return entry.name;
            }));
            active.postMessage({ type: "visited", urls: urls });
          }
          active.postMessage({ type: "warm", lang: lang });
        });
      })
      .catch(function () { /* no worker: the site works as before, online only */ });
  }

  if (document.readyState === "complete") start();
  else window.addEventListener("load", start);
})();
