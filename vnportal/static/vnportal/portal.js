// Font-size control (Circular 32/2017): remembers the reader's choice; no framework, no inline script.
(function () {
  "use strict";
  var root = document.documentElement;
  function apply(size) {
    root.classList.remove("fs-small", "fs-normal", "fs-large");
    root.classList.add("fs-" + size);
  }
  try { var saved = localStorage.getItem("vnportal-font"); if (saved) apply(saved); } catch (e) {}
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-font]");
    if (!button) return;
    var size = button.getAttribute("data-font");
    apply(size);
    try { localStorage.setItem("vnportal-font", size); } catch (e) {}
  });
})();
