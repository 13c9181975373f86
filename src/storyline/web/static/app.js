// storyline web UI: highlight the evidence span named in the URL hash (#<start>-<end> or #q-<id>),
// and let the reader's legend show or hide each kind of highlight.
(function () {
  "use strict";

  function clear() {
    document.querySelectorAll(".target").forEach(function (el) { el.classList.remove("target"); });
  }

  function spanSegments(start, end) {
    var out = [];
    document.querySelectorAll("#text .seg").forEach(function (el) {
      var s = Number(el.dataset.s), e = Number(el.dataset.e);
      if (s < end && e > start) { out.push(el); }
    });
    return out;
  }

  function quoteSegments(id) {
    var out = [];
    document.querySelectorAll("#text .seg[data-q]").forEach(function (el) {
      if (el.dataset.q.split(" ").indexOf(id) >= 0) { out.push(el); }
    });
    return out;
  }

  function highlight() {
    clear();
    var hash = decodeURIComponent(window.location.hash.slice(1));
    if (!hash) { return; }
    var targets = [];
    var range = /^(\d+)-(\d+)$/.exec(hash);
    if (range && document.getElementById("text")) {
      targets = spanSegments(Number(range[1]), Number(range[2]));
    } else if (hash.indexOf("q-") === 0 && document.getElementById("text")) {
      targets = quoteSegments(hash.slice(2));
    } else {
      var el = document.getElementById(hash);
      if (el) { targets = [el]; }
    }
    targets.forEach(function (el) { el.classList.add("target"); });
    if (targets.length) {
      targets[0].scrollIntoView({ block: "center" });
    }
  }

  // The reader's legend: each checkbox shows or hides one kind of highlight (class no-<kind> on the text).
  function bindToggles() {
    var text = document.getElementById("text");
    if (!text) { return; }
    document.querySelectorAll("#legend input[data-hl]").forEach(function (box) {
      var apply = function () { text.classList.toggle("no-" + box.dataset.hl, !box.checked); };
      box.addEventListener("change", apply);
      apply();
    });
  }

  window.addEventListener("hashchange", highlight);
  document.addEventListener("DOMContentLoaded", function () { bindToggles(); highlight(); });
})();
