// Loaded synchronously in <head>: applies the reader's stored theme before the first paint, so a page never flashes
// in the other theme. Without a stored choice, tokens.css follows the system setting.
(function () {
  var root = document.documentElement;
  root.classList.add("js");
  try {
    var theme = localStorage.getItem("jdaguide-theme");
    if (theme === "light" || theme === "dark") {
      root.setAttribute("data-theme", theme);
    }
  } catch (e) {
    // Storage is blocked (private mode, file:// in some browsers): the system setting applies.
  }
})();
