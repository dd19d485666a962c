/* Progressive enhancement only: every form works without this file. */
(function () {
  "use strict";
  // The language changes with the "Change" button only: choosing with the arrow keys must not reload the page.
  var summary = document.getElementById("error-summary");
  // A form sent back with errors is reached by its anchor (the form's action ends in #its-id, so the browser
  // scrolls there even without this file); the first field in error then takes the focus.
  // Run again once the page has loaded: the browser's own scroll to the #anchor may move the focus after us.
  function focusFirstProblem() {
    var target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    var invalid = target && target.querySelector("[aria-invalid='true'], .has-error input, .has-error textarea");
    if (invalid) {
      invalid.focus();
    } else if (summary) {
      summary.focus();
    } else if (target && target.id === "flash") {
      target.focus();
    }
  }
  focusFirstProblem();
  window.addEventListener("load", function () { window.setTimeout(focusFirstProblem, 0); });
})();

/* "Seoul policies that may help" on the request form, progressively: without this file the "Suggest Seoul
   policies" button round-trips to the server; with it, suggestions follow the text as the city types. */
(function () {
  "use strict";
  var panel = document.getElementById("policy-suggestions");
  if (!panel || !window.fetch) { return; }
  var form = panel.closest("form");
  var results = panel.querySelector("[data-suggestion-results]");
  var field = function (name) { return form.querySelector("[name='" + name + "']"); };
  var challenge = field("challenge");
  var title = field("title");
  var outcomes = field("expected_outcomes");
  var minLength = parseInt(panel.getAttribute("data-min-length"), 10) || 20;
  var timer = null;
  var latest = 0;

  function checked(name) {
    return Array.prototype.map.call(form.querySelectorAll("input[name='" + name + "']:checked"), function (box) {
      return box.value;
    });
  }

  function chosenModules() { return checked("policy_modules"); }

  function syncBoxes(value, isChecked) {
    form.querySelectorAll("input[name='policy_modules'][value='" + value + "']").forEach(function (box) {
      box.checked = isChecked;
    });
  }

  function sectorKeys() {
    // The form posts sector ids; the API takes keys, carried on each checkbox as data-key when present.
    return Array.prototype.map.call(form.querySelectorAll("input[name='sectors']:checked"), function (box) {
      return box.getAttribute("data-key");
    }).filter(Boolean);
  }

  function moduleIdFor(slug) {
    var box = form.querySelector("input[name='policy_modules'][data-slug='" + slug + "']");
    return box ? box.value : null;
  }

  function message(text) {
    results.textContent = "";
    var p = document.createElement("p");
    p.className = "help";
    p.setAttribute("role", "status");
    p.textContent = text;
    results.appendChild(p);
  }

  function render(items) {
    results.textContent = "";
    if (!items.length) { message(panel.getAttribute("data-empty-text")); return; }
    var chosen = chosenModules();
    var list = document.createElement("ol");
    list.className = "suggestion-list";
    items.forEach(function (item) {
      var id = moduleIdFor(item.policy.slug);
      var li = document.createElement("li");
      li.className = "suggestion";
      var label = document.createElement("label");
      if (id) {
        var box = document.createElement("input");
        box.type = "checkbox";
        box.name = "policy_modules";
        box.value = id;
        box.checked = chosen.indexOf(id) !== -1;
        box.addEventListener("change", function () { syncBoxes(id, box.checked); });
        label.appendChild(box);
        label.appendChild(document.createTextNode(" " + panel.getAttribute("data-add-label") + ": "));
      }
      var strong = document.createElement("strong");
      strong.textContent = item.policy.title;
      label.appendChild(strong);
      li.appendChild(label);
      var meta = document.createElement("span");
      meta.className = "meta";
      meta.textContent = " " + panel.getAttribute("data-score-label") + ": " + Math.round(item.score * 100) + "%";
      li.appendChild(meta);
      var reasons = document.createElement("ul");
      reasons.className = "reasons";
      item.reasons.forEach(function (reason) {
        var r = document.createElement("li");
        r.textContent = reason;
        reasons.appendChild(r);
      });
      li.appendChild(reasons);
      list.appendChild(li);
    });
    results.appendChild(list);
  }

  function suggest() {
    var text = challenge.value.trim();
    if (text.length < minLength) { return; }
    var token = form.querySelector("input[name='csrfmiddlewaretoken']");
    var request = ++latest;
    fetch(panel.getAttribute("data-api-url"), {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/json",
        "Accept": "application/json",
        "X-CSRFToken": token ? token.value : ""
      },
      body: JSON.stringify({
        title: title ? title.value : "",
        challenge: text,
        expected_outcomes: outcomes ? outcomes.value : "",
        sectors: sectorKeys(),
        sdgs: checked("sdgs").map(function (value) { return parseInt(value, 10); }).filter(function (n) {
          return n >= 1 && n <= 17;
        }),
        limit: 5
      })
    }).then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.json();
    }).then(function (body) {
      if (request === latest) { render(body.results); }
    }).catch(function () {
      if (request === latest) { message(panel.getAttribute("data-error-text")); }
    });
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(suggest, 600);
  }

  form.addEventListener("change", function (event) {
    var box = event.target;
    if (box.name === "policy_modules") { syncBoxes(box.value, box.checked); }
  });
  [challenge, title, outcomes].forEach(function (input) {
    if (input) { input.addEventListener("input", schedule); }
  });
  var button = panel.querySelector("[data-suggest-button]");
  if (button) {
    button.addEventListener("click", function (event) {
      event.preventDefault();
      suggest();
    });
  }
  if (challenge.value.trim().length >= minLength && !panel.querySelector(".suggestion-list")) { suggest(); }
})();
