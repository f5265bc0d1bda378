// Permission calculator: builds a form from js/permission-data.js (generated from JDA's Permission enum) and shows
// the permission integer and the invite URL. The integer is a BigInt because Discord's bits go past 2^53.
// The URL has the same parameter order as dev.jdaguide.invite.InviteUrl#build: client_id, scope (bot last),
// then permissions, left out when no permission is ticked.
(function () {
  "use strict";

  var root = document.getElementById("permission-calculator");
  var data = window.jdaGuidePermissions;
  if (!root || !data) {
    return;
  }
  var AUTHORIZE_ENDPOINT = "https://discord.com/oauth2/authorize";
  var SNOWFLAKE = /^[0-9]{17,20}$/;
  var MAX_UNSIGNED_LONG = 18446744073709551615n;
  var ADMINISTRATOR = "ADMINISTRATOR";

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  // Application id and scopes.
  var settings = element("fieldset", { "class": "calculator-settings" });
  settings.appendChild(element("legend", {}, "Application"));
  var idLabel = element("label", { "for": "calculator-application-id" }, "Application ID");
  var idHint = element("p", { id: "calculator-application-id-hint", "class": "calculator-hint" },
      "17 to 20 digits, from the General Information page of your application in the Developer Portal.");
  var idInput = element("input", {
    id: "calculator-application-id", type: "text", inputmode: "numeric", autocomplete: "off",
    spellcheck: "false", "aria-describedby": "calculator-application-id-hint calculator-application-id-error"
  });
  var idError = element("p", { id: "calculator-application-id-error", "class": "calculator-error" });
  var commandsInput = element("input", { id: "calculator-commands", type: "checkbox" });
  commandsInput.checked = true;
  var commandsLabel = element("label", { "for": "calculator-commands" });
  commandsLabel.appendChild(commandsInput);
  commandsLabel.appendChild(document.createTextNode(" Add slash commands too (scope "));
  commandsLabel.appendChild(element("code", {}, "applications.commands"));
  commandsLabel.appendChild(document.createTextNode(")"));
  [idLabel, idHint, idInput, idError, commandsLabel].forEach(function (node) {
    settings.appendChild(node);
  });
  root.appendChild(settings);

  // One fieldset of checkboxes per group.
  var boxes = [];
  var groups = element("div", { "class": "calculator-groups" });
  data.groups.forEach(function (group) {
    var fieldset = element("fieldset", { "class": "calculator-group" });
    fieldset.appendChild(element("legend", {}, group.name));
    group.permissions.forEach(function (permission) {
      var id = "permission-" + permission.constant.toLowerCase().replace(/_/g, "-");
      var box = element("input", { type: "checkbox", id: id, "data-permission": permission.constant });
      box.permission = permission;
      var label = element("label", { "for": id, "class": "calculator-permission" });
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + permission.name + " "));
      label.appendChild(element("code", {}, permission.constant));
      if (permission.twoFactor) {
        label.appendChild(element("span", { "class": "calculator-badge", title: "Needs the owner's 2FA" }, "2FA"));
      }
      fieldset.appendChild(label);
      boxes.push(box);
    });
    groups.appendChild(fieldset);
  });
  root.appendChild(groups);

  // Results, announced politely as they change.
  var result = element("section", { "class": "calculator-result", "aria-labelledby": "calculator-result-title" });
  result.appendChild(element("h2", { id: "calculator-result-title" }, "Result"));
  var integerLine = element("p", {});
  integerLine.appendChild(document.createTextNode("Permission integer: "));
  var integerOutput = element("output", { id: "calculator-integer", "aria-live": "polite" }, "0");
  integerLine.appendChild(integerOutput);
  var urlTitle = element("p", { "class": "calculator-url-title" }, "Invite URL");
  var urlOutput = element("output", { id: "calculator-url", "class": "calculator-url", "aria-live": "polite" });
  var warnings = element("div", { id: "calculator-warnings", "aria-live": "polite" });
  [integerLine, urlTitle, urlOutput, warnings].forEach(function (node) {
    result.appendChild(node);
  });
  root.appendChild(result);

  function checkedPermissions() {
    return boxes.filter(function (box) {
      return box.checked;
    }).map(function (box) {
      return box.permission;
    });
  }

  function permissionInteger(permissions) {
    return permissions.reduce(function (raw, permission) {
      return raw | (1n << BigInt(permission.bit));
    }, 0n);
  }

  function applicationIdProblem(id) {
    if (id === "") {
      return "";
    }
    if (!SNOWFLAKE.test(id) || BigInt(id) > MAX_UNSIGNED_LONG) {
      return "“" + (id.length > 24 ? id.slice(0, 8) + "…" : id) + "” is not an application ID: expected 17 to 20"
          + " digits. Copy the Application ID from the General Information page, not the token or Client Secret.";
    }
    return null;
  }

  function inviteUrl(id, withCommands, raw) {
    var url = AUTHORIZE_ENDPOINT + "?client_id=" + id + "&scope=" + (withCommands ? "applications.commands+bot" : "bot");
    if (raw !== 0n) {
      url += "&permissions=" + raw.toString();
    }
    return url;
  }

  function warning(kind, text) {
    var box = element("div", { "class": "admonitionblock " + kind + " calculator-warning" });
    var label = element("p", { "class": "calculator-warning-label" }, kind === "caution" ? "Caution" : "Warning");
    box.appendChild(label);
    box.appendChild(element("p", {}, text));
    return box;
  }

  function update() {
    var permissions = checkedPermissions();
    var raw = permissionInteger(permissions);
    integerOutput.textContent = raw.toString();

    var id = idInput.value.trim();
    var problem = applicationIdProblem(id);
    idError.textContent = problem || "";
    idInput.setAttribute("aria-invalid", String(Boolean(problem)));
    urlOutput.textContent = "";
    if (problem === null) {
      var url = inviteUrl(id, commandsInput.checked, raw);
      var link = element("a", { href: url }, url);
      urlOutput.appendChild(link);
    } else {
      urlOutput.textContent = "Enter the application ID to get the URL.";
    }

    warnings.textContent = "";
    if (permissions.some(function (permission) { return permission.constant === ADMINISTRATOR; })) {
      warnings.appendChild(warning("caution", "Administrator grants every permission and overrides every"
          + " channel's permissions, so anyone who gets the bot's token controls the server. Request only the"
          + " permissions the bot's features use."));
    }
    var twoFactor = permissions.filter(function (permission) {
      return permission.twoFactor;
    }).map(function (permission) {
      return permission.name;
    });
    if (twoFactor.length > 0) {
      // "A, B and C", as the Java builder's warning lists them.
      var listed = twoFactor.length === 1 ? twoFactor[0]
          : twoFactor.slice(0, -1).join(", ") + " and " + twoFactor[twoFactor.length - 1];
      warnings.appendChild(warning("warning", "In servers that require 2FA for moderator actions, the bot can use "
          + listed + " only if its owner has two-factor authentication on."));
    }
  }

  root.addEventListener("input", update);
  root.addEventListener("change", update);
  update();
})();
