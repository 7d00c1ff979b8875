/* Copy-link buttons next to paragraphs, and the highlight of the paragraph a
   link points to. Hand-written; never generated. Works with Material's
   instant navigation: clicks are delegated, and pages announce themselves
   through document$. */
(function () {
  "use strict";

  function paragraphUrl(id) {
    return location.href.split("#")[0] + "#" + encodeURIComponent(id);
  }

  function confirm(button, message) {
    button.setAttribute("data-copied", message);
    var live = document.getElementById("para-copy-status");
    if (live) live.textContent = message;
    setTimeout(function () { button.removeAttribute("data-copied"); }, 1500);
  }

  function copy(url, button) {
    if (!navigator.clipboard) return;
    navigator.clipboard.writeText(url).then(
      function () { confirm(button, "Link copied"); },
      function () { confirm(button, "Copy failed: use the ¶ link"); }
    );
  }

  document.addEventListener("click", function (event) {
    if (!event.target.closest) return;
    var button = event.target.closest("button.para-copy");
    if (button) {
      copy(paragraphUrl(button.getAttribute("data-para")), button);
      return;
    }
    // A heading's ¶ ("Copy link to this section") also copies, and still
    // goes to the heading as a plain link would.
    var permalink = event.target.closest(".md-typeset .headerlink");
    if (permalink) copy(paragraphUrl(decodeURIComponent(permalink.hash.slice(1))), permalink);
  });

  // :target does not follow history.pushState, which instant navigation
  // uses; mark the paragraph ourselves too.
  function markTarget() {
    document.querySelectorAll(".is-target").forEach(function (el) { el.classList.remove("is-target"); });
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (el) el.classList.add("is-target");
  }

  function setup() {
    if (!document.getElementById("para-copy-status")) {
      var live = document.createElement("div");
      live.id = "para-copy-status";
      live.className = "md-visually-hidden";
      live.setAttribute("role", "status");
      document.body.appendChild(live);
    }
    markTarget();
  }

  window.addEventListener("hashchange", markTarget);
  if (window.document$) window.document$.subscribe(setup);
  else document.addEventListener("DOMContentLoaded", setup);
})();
