// Theme switch, search loader, copy buttons on listings and build-tool tabs. Each part returns early when its
// elements are absent.
(function () {
  "use strict";

  var THEME_KEY = "jdaguide-theme";
  var BUILD_TOOL_KEY = "jdaguide-build-tool";

  function readSetting(key) {
    try {
      return localStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  function storeSetting(key, value) {
    try {
      localStorage.setItem(key, value);
    } catch (e) {
      // Storage is blocked: the choice lasts until the page is left.
    }
  }

  // Theme switch: a toggle button whose pressed state means "dark theme on".
  function setUpThemeToggle() {
    var button = document.querySelector(".theme-toggle");
    if (!button) {
      return;
    }
    var root = document.documentElement;
    var systemDark = window.matchMedia("(prefers-color-scheme: dark)");

    function currentTheme() {
      return root.getAttribute("data-theme") || (systemDark.matches ? "dark" : "light");
    }

    function showState() {
      button.setAttribute("aria-pressed", String(currentTheme() === "dark"));
    }

    button.addEventListener("click", function () {
      var next = currentTheme() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      storeSetting(THEME_KEY, next);
      showState();
    });
    if (systemDark.addEventListener) {
      systemDark.addEventListener("change", showState);
    }
    showState();
    button.hidden = false;
  }

  // Returns the code of a listing as a reader would type it: without callout markers (and the comment sign left
  // before them), without shell prompts and without line numbers.
  function codeToCopy(pre) {
    var CALLOUT = "\u0000";
    var PROMPT = "\u0001";
    var code = (pre.querySelector("code") || pre).cloneNode(true);

    // icons=font renders <i class="conum" data-value="1"></i><b>(1)</b>. Without it: <b class="conum">(1)</b>.
    Array.prototype.forEach.call(code.querySelectorAll(".conum"), function (conum) {
      var next = conum.nextElementSibling;
      if (conum.tagName === "I" && next && next.tagName === "B" && !next.className) {
        next.parentNode.removeChild(next);
      }
      conum.parentNode.replaceChild(document.createTextNode(CALLOUT), conum);
    });
    var prompts = code.querySelectorAll(".gp");
    Array.prototype.forEach.call(prompts, function (prompt) {
      prompt.parentNode.replaceChild(document.createTextNode(PROMPT), prompt);
    });

    var lines = code.textContent.split("\n");
    if (prompts.length > 0) {
      // A console session: copy the commands only, since the other lines are the program's output.
      lines = lines.filter(function (line) {
        return line.indexOf(PROMPT) === 0;
      }).map(function (line) {
        return line.replace(/^\u0001 ?/, "");
      });
    }
    lines = lines.map(function (line) {
      if (line.indexOf(CALLOUT) < 0) {
        return line;
      }
      return line.split(CALLOUT).join("").replace(/\s*(\/\/|#|--|;;)?\s*$/, "");
    });
    return lines.join("\n").replace(/\n+$/, "");
  }

  function writeToClipboard(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var copied = document.execCommand("copy");
      document.body.removeChild(area);
      if (copied) {
        resolve();
      } else {
        reject(new Error("The browser rejected the copy command."));
      }
    });
  }

  function setUpCopyButtons() {
    var blocks = document.querySelectorAll(".article-body .listingblock");
    if (blocks.length === 0) {
      return;
    }
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("aria-live", "polite");
    document.body.appendChild(status);

    Array.prototype.forEach.call(blocks, function (block) {
      var pre = block.querySelector("td.code pre") || block.querySelector("pre");
      if (!pre) {
        return;
      }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-button";
      button.textContent = "Copy";
      var resetTimer = 0;

      button.addEventListener("click", function () {
        writeToClipboard(codeToCopy(pre)).then(function () {
          button.textContent = "Copied";
          button.setAttribute("data-state", "copied");
          status.textContent = "Copied to the clipboard.";
        }, function () {
          button.textContent = "Copy failed";
          button.setAttribute("data-state", "failed");
          status.textContent = "Copy failed: select the code and copy it by hand.";
        });
        clearTimeout(resetTimer);
        resetTimer = setTimeout(function () {
          button.textContent = "Copy";
          button.removeAttribute("data-state");
          status.textContent = "";
        }, 2500);
      });
      // The button sits in the box around the code, so a listing's title stays clear of it.
      var box = block.querySelector(":scope > .content") || block;
      block.classList.add("has-copy-button");
      box.insertBefore(button, box.firstChild);
    });
  }

  // Build-tool tabs: turns an open block with the role build-tool-tabs, holding titled listings, into tabs.
  // The chosen tab title is stored, so every tab group on every page opens on the reader's build tool.
  function setUpBuildToolTabs() {
    var groups = document.querySelectorAll(".build-tool-tabs");
    if (groups.length === 0) {
      return;
    }
    var allGroups = [];

    Array.prototype.forEach.call(groups, function (group, groupIndex) {
      var container = group.querySelector(":scope > .content") || group;
      var panels = Array.prototype.filter.call(container.children, function (child) {
        return child.classList.contains("listingblock") && child.querySelector(":scope > .title");
      });
      if (panels.length < 2) {
        return;
      }
      var tabList = document.createElement("div");
      tabList.className = "tab-list";
      tabList.setAttribute("role", "tablist");
      tabList.setAttribute("aria-label", "Build tool");

      var tabs = panels.map(function (panel, index) {
        var id = "build-tool-" + groupIndex + "-" + index;
        var tab = document.createElement("button");
        tab.type = "button";
        tab.className = "tab";
        tab.id = id + "-tab";
        tab.setAttribute("role", "tab");
        tab.textContent = panel.querySelector(":scope > .title").textContent.trim();
        panel.id = panel.id || id;
        tab.setAttribute("aria-controls", panel.id);
        panel.setAttribute("role", "tabpanel");
        panel.setAttribute("aria-labelledby", tab.id);
        tabList.appendChild(tab);
        return tab;
      });

      function select(title) {
        var index = tabs.findIndex(function (tab) {
          return tab.textContent === title;
        });
        if (index < 0) {
          index = 0;
        }
        tabs.forEach(function (tab, tabIndex) {
          var selected = tabIndex === index;
          tab.setAttribute("aria-selected", String(selected));
          tab.tabIndex = selected ? 0 : -1;
          panels[tabIndex].hidden = !selected;
        });
      }

      tabs.forEach(function (tab, index) {
        tab.addEventListener("click", function () {
          chooseEverywhere(tab.textContent);
        });
        tab.addEventListener("keydown", function (event) {
          var target = -1;
          if (event.key === "ArrowRight") {
            target = (index + 1) % tabs.length;
          } else if (event.key === "ArrowLeft") {
            target = (index - 1 + tabs.length) % tabs.length;
          } else if (event.key === "Home") {
            target = 0;
          } else if (event.key === "End") {
            target = tabs.length - 1;
          }
          if (target >= 0) {
            event.preventDefault();
            chooseEverywhere(tabs[target].textContent);
            tabs[target].focus();
          }
        });
      });

      group.insertBefore(tabList, container);
      group.classList.add("has-tabs");
      allGroups.push(select);
    });

    function chooseEverywhere(title) {
      storeSetting(BUILD_TOOL_KEY, title);
      allGroups.forEach(function (select) {
        select(title);
      });
    }

    var stored = readSetting(BUILD_TOOL_KEY);
    allGroups.forEach(function (select) {
      select(stored);
    });
  }

  // Shows the search box and loads search.js when the reader first focuses it, so pages that are never searched
  // do not download the search code.
  function setUpSearchLoader() {
    var form = document.querySelector(".site-search");
    var input = document.getElementById("search-input");
    if (!form || !input) {
      return;
    }
    input.addEventListener("focus", function () {
      var script = document.createElement("script");
      script.src = "js/search.js";
      document.head.appendChild(script);
    }, { once: true });
    form.hidden = false;
  }

  // A listing or table that scrolls sideways must be focusable, or keyboard users cannot scroll it.
  function makeWideListingsFocusable() {
    var listings = document.querySelectorAll(".article-body pre, .article-body table.tableblock");
    if (listings.length === 0) {
      return;
    }
    function update() {
      Array.prototype.forEach.call(listings, function (pre) {
        if (pre.scrollWidth > pre.clientWidth) {
          pre.tabIndex = 0;
        } else {
          pre.removeAttribute("tabindex");
        }
      });
    }
    update();
    window.addEventListener("resize", update);
  }

  setUpThemeToggle();
  setUpSearchLoader();
  setUpCopyButtons();
  setUpBuildToolTabs();
  makeWideListingsFocusable();
})();
