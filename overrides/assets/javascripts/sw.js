/* The site's service worker: pages a reader has opened keep working offline.
 *
 * Published as <site root>/sw.js by hooks/hook_offline.py, which puts the build's facts before this code
 * as `self.SITE` (see hooks/lib/offline/worker.py): `version` (a hash of the site's content), the
 * `languages` and the folder of each (English under "en/"), the `offline` page of each language and the
 * `warm` pages of each (home, schedule, catalogue and the files they load). All URLs are relative to the
 * site root, which is where this worker lives.
 *
 * - Pages: the network first, always (a reader sees the newest build); the cache only when the network
 *   fails. Every page and file that comes from the network is kept, so what a reader opened works
 *   offline. A page never opened shows the offline page of its language.
 * - Material's fingerprinted files (name.<8 hex>.min.js|css) never change: the cache first.
 * - A new build with other content has another `version`: its worker replaces this one at the next visit
 *   and deletes the old cache.
 * Plain JavaScript, no import, no third-party code; nothing leaves the site's own address.
 */
(function () {
  "use strict";

  var SITE = self.SITE;
  var ROOT = new URL("./", self.location.href).href;
  // One cache per site address and content version; older versions of this site's cache are deleted.
  var PREFIX = "offline " + ROOT + " ";
  var CACHE = PREFIX + SITE.version;
  var FINGERPRINTED = /\.[0-9a-f]{8}\.min\.(js|css)$/;

  function absolute(path) {
    return new URL(path, ROOT).href;
  }

  function languageOf(href) {
    var path = href.slice(ROOT.length);
    var found = SITE.default;
    Object.keys(SITE.languages).forEach(function (lang) {
      var folder = SITE.languages[lang];
      if (folder && path.indexOf(folder) === 0) found = lang;
    });
    return found;
  }

  function keep(request, response) {
    if (response && response.ok && response.type === "basic") {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { return cache.put(request, copy); }).catch(function () {});
    }
    return response;
  }

  // Fetch and keep the URLs not kept yet (errors ignored: a file that fails is simply not offline).
  function store(urls) {
    return caches.open(CACHE).then(function (cache) {
      return Promise.all(urls.map(function (url) {
        return cache.match(url).then(function (hit) {
          if (hit) return undefined;
          return fetch(url).then(function (response) {
            if (response.ok && response.type === "basic") return cache.put(url, response);
            return undefined;
          }).catch(function () { return undefined; });
        });
      }));
    });
  }

  self.addEventListener("install", function (event) {
    // Only the offline pages themselves (a few kB): what they load is kept with the warm pages.
    var pages = Object.keys(SITE.offline).map(function (lang) { return absolute(SITE.offline[lang]); });
    event.waitUntil(caches.open(CACHE)
      .then(function (cache) { return cache.addAll(pages); })
      .then(function () { return self.skipWaiting(); }));
  });

  self.addEventListener("activate", function (event) {
    event.waitUntil(caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return name.indexOf(PREFIX) === 0 && name !== CACHE;
      }).map(function (name) { return caches.delete(name); }));
    }).then(function () { return self.clients.claim(); }));
  });

  self.addEventListener("message", function (event) {
    var data = event.data || {};
    if (data.type === "visited" && Array.isArray(data.urls)) {
      // The first page a reader opens loads before the worker runs: the page names itself and its files.
      var urls = data.urls.map(function (url) { return String(url).split("#")[0]; })
        .filter(function (url) { return url.indexOf(ROOT) === 0; });
      event.waitUntil(store(urls));
    } else if (data.type === "warm" && SITE.warm[data.lang]) {
      event.waitUntil(store(SITE.warm[data.lang].map(absolute)));
    }
  });

  function page(request) {
    return fetch(request).then(function (response) {
      return keep(request, response);
    }, function () {
      return caches.open(CACHE).then(function (cache) {
        // A filtered catalogue (?subject=...) offline is the catalogue page: its script filters again.
        return cache.match(request, { ignoreSearch: true }).then(function (hit) {
          return hit || cache.match(absolute(SITE.offline[languageOf(request.url)]));
        });
      }).then(function (hit) {
        return hit || Response.error();
      });
    });
  }

  function networkFirst(request) {
    return fetch(request).then(function (response) {
      return keep(request, response);
    }, function (error) {
      return caches.match(request, { cacheName: CACHE }).then(function (hit) {
        if (hit) return hit;
        throw error;
      });
    });
  }

  function cacheFirst(request) {
    return caches.match(request, { cacheName: CACHE }).then(function (hit) {
      return hit || fetch(request).then(function (response) { return keep(request, response); });
    });
  }

  self.addEventListener("fetch", function (event) {
    var request = event.request;
    if (request.method !== "GET" || request.url.indexOf(ROOT) !== 0) return;  // not ours: the browser's way
    if (request.mode === "navigate") {
      event.respondWith(page(request));
    } else if (FINGERPRINTED.test(new URL(request.url).pathname)) {
      event.respondWith(cacheFirst(request));
    } else {
      event.respondWith(networkFirst(request));
    }
  });
})();
