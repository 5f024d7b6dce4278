/* The service worker of `mkdocs serve` previews (published as sw.js by hooks/hook_offline.py there only).
 *
 * A preview registers no worker. But a browser that once opened a real build at the same address (e.g.
 * scripts/static_server.py on 127.0.0.1:8000, then `mkdocs serve` on the same port) still has that build's
 * worker, which checks sw.js for updates: it then gets this one, which deletes the site's offline cache
 * and unregisters itself, so the preview always shows the files being edited.
 */
self.addEventListener("install", function () { self.skipWaiting(); });
self.addEventListener("activate", function (event) {
  var prefix = "offline " + new URL("./", self.location.href).href + " ";
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name.indexOf(prefix) === 0; })
      .map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.registration.unregister(); }));
});
