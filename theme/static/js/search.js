// Starts Pagefind's search UI on the search page (an external file: the CSP allows no inline script).
// Result links are made under the site's root, so the site works from any sub-path; ?q= from the
// header's search form runs at once.
(function () {
  "use strict";
  var root = document.getElementById("search");
  if (!root || typeof PagefindUI === "undefined") return;
  var ui = new PagefindUI({
    element: "#search",
    baseUrl: new URL(root.getAttribute("data-site-root") || "/", document.baseURI).pathname,
    showImages: false,
    showSubResults: true,
    resetStyles: false
  });
  // Pagefind's box has only a title; a real accessible name says what it searches.
  var input = root.querySelector("input");
  if (input) input.setAttribute("aria-label", "Search briefings and actors");
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
})();
