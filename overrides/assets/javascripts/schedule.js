/* Schedule filter by ward and format - progressive enhancement only (same pattern as catalogue.js).
 *
 * Without JavaScript the schedule lists every activity once, by day, then again by ward and by format
 * under anchors (#phuong-<ward>, #hinh-thuc-<format>) that a list of links inside the page leads to.
 * This script shows the filter form the page already contains (hidden) and hides those links and lists
 * (the form does their job: the page stays short); it hides the activities whose data-ward /
 * data-format do not match, and the days left with none. The choice is kept in the address
 * (?ward=...&format=...), so it can be shared. Other pages link to a ward's part of the schedule
 * (#phuong-<ward>: ward pages, the home's ward picker): such an address sets the filter instead.
 * External file (the Content-Security-Policy forbids inline scripts); no third-party code.
 */
(function () {
  "use strict";

  function init() {
    var form = document.querySelector("[data-schedule-filter]");
    var area = document.querySelector("[data-schedule-items]");
    if (!form || !area) return;
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-facet]"));
    var groups = Array.prototype.slice.call(area.querySelectorAll("[data-schedule-group]"));
    var items = Array.prototype.slice.call(area.querySelectorAll("li[data-ward]"));
    var status = form.querySelector("[data-filter-status]");
    var empty = form.querySelector("[data-filter-empty]");
    var links = document.querySelector("[data-filter-links]");
    var indexes = Array.prototype.slice.call(document.querySelectorAll("[data-schedule-index]"));
    var template = status ? status.getAttribute("data-template") || "" : "";

    // Start from the address, ignoring values that are not options.
    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      var wanted = params.get(select.name);
      if (wanted && select.querySelector('option[value="' + CSS.escape(wanted) + '"]')) select.value = wanted;
    });

    // The option an anchor of the by-ward / by-format lists stands for (#phuong-cau-dat), if any.
    function optionOfHash() {
      var id = window.location.hash.slice(1);
      try { id = decodeURIComponent(id); } catch (e) { return null; }
      return id ? form.querySelector('option[data-anchor="' + CSS.escape(id) + '"]') : null;
    }

    function followHash() {
      var option = optionOfHash();
      if (!option) return false;
      option.parentElement.value = option.value;
      apply(false);
      form.scrollIntoView();
      return true;
    }

    function apply(updateAddress) {
      var chosen = selects
        .filter(function (s) { return s.value; })
        .map(function (s) { return { facet: s.getAttribute("data-facet"), value: s.value }; });
      var shown = 0;
      items.forEach(function (item) {
        var match = chosen.every(function (c) { return item.getAttribute("data-" + c.facet) === c.value; });
        item.hidden = !match;
        if (match) shown += 1;
      });
      // A day (or "several days") with nothing left to show is hidden while a filter is on.
      groups.forEach(function (group) {
        group.hidden = chosen.length > 0 && !group.querySelector("li[data-ward]:not([hidden])");
      });
      if (status) {
        status.textContent = template.replace("{shown}", String(shown)).replace("{total}", String(items.length));
      }
      // No match: say so, and offer to clear the filters (a reset button inside the same form).
      if (empty) empty.hidden = shown !== 0;
      if (updateAddress && window.history && window.history.replaceState) {
        var next = new URLSearchParams();
        chosen.forEach(function (c) { next.set(c.facet, c.value); });
        var query = next.toString();
        var hash = optionOfHash() ? "" : window.location.hash;  // the filter now says more than the anchor
        window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + hash);
      }
    }

    selects.forEach(function (select) {
      select.addEventListener("change", function () { apply(true); });
    });
    form.addEventListener("reset", function () {
      // The form resets its selects after this event: filter once they are back to "all".
      window.setTimeout(function () { apply(true); }, 0);
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    window.addEventListener("hashchange", followHash);
    form.hidden = false;
    if (links) links.hidden = true;
    indexes.forEach(function (section) { section.hidden = true; });
    if (!followHash()) apply(false);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
