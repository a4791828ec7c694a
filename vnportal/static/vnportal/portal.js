// Reading aids and small page actions. No framework, no inline script (CSP forbids it).
(function () {
  "use strict";
  var root = document.documentElement;
  function apply(size) {
    root.classList.remove("fs-small", "fs-normal", "fs-large");
    root.classList.add("fs-" + size);
  }
  try { var saved = localStorage.getItem("vnportal-font"); if (saved) apply(saved); } catch (e) {}
  // Main menu: collapsed behind a button on small screens (visible without JavaScript).
  var menuButton = document.querySelector(".menu-button");
  var menu = document.getElementById("main-menu-list");
  if (menuButton && menu && window.matchMedia("(max-width: 700px)").matches) {
    menuButton.hidden = false;
    menuButton.setAttribute("aria-expanded", "false");
    menu.classList.add("collapsed");
    menuButton.addEventListener("click", function () {
      var open = menuButton.getAttribute("aria-expanded") === "true";
      menuButton.setAttribute("aria-expanded", open ? "false" : "true");
      menu.classList.toggle("collapsed", open);
    });
  }
  document.addEventListener("click", function (event) {
    // Font-size control (Circular 32/2017): remembers the reader's choice.
    var button = event.target.closest("[data-font]");
    if (button) {
      var size = button.getAttribute("data-font");
      apply(size);
      try { localStorage.setItem("vnportal-font", size); } catch (e) {}
      return;
    }
    // Print view: the button prints the page.
    if (event.target.closest("[data-print]")) { window.print(); return; }
    // Share: copy the article's address to the clipboard.
    var copy = event.target.closest("[data-copy-link]");
    if (copy && navigator.clipboard) {
      navigator.clipboard.writeText(copy.getAttribute("data-copy-link")).then(function () {
        copy.textContent = copy.getAttribute("data-copied");
      });
    }
  });
})();
