// Accessible names for the admin's widgets that Django and select2 draw without one (WCAG 4.1.2, 1.3.1):
// - a tabular inline's fields and a list's editable fields are labelled only by their column header: each gets its
//   header (and, in a list, its row's object) as its name;
// - select2 (the autocomplete widgets) draws a combobox named by an empty element, a search box with no label, and
//   puts its "clear" cross inside a <ul>: they get the select's label, and the cross moves beside the list.
// Runs on every admin page (loaded from admin/base_site.html); watches the page, as select2 and "Add another"
// draw their parts after load.
(function () {
  "use strict";

  function text(element) {
    return element ? element.textContent.replace(/\s+/g, " ").trim() : "";
  }

  function hasName(field) {
    if (field.getAttribute("aria-label") || field.getAttribute("aria-labelledby")) {
      return true;
    }
    if (field.labels && field.labels.length) {
      return true;
    }
    return false;
  }

  // The header of the tabular inline column a field sits in ("column-<name>" heads "field-<name>").
  function columnHeader(field) {
    var cell = field.closest("td");
    var table = cell && cell.closest("table");
    if (!table) {
      return "";
    }
    if (cell.classList.contains("delete")) {
      var heads = table.querySelectorAll("thead th");
      return heads.length ? text(heads[heads.length - 1]) : "";
    }
    var name = Array.prototype.find.call(cell.classList, function (cls) {
      return cls.indexOf("field-") === 0;
    });
    if (!name) {
      return "";
    }
    var head = table.querySelector("thead th.column-" + name.slice("field-".length));
    return text(head && (head.querySelector(".text") || head)); // a list's header: its text, not its sort links
  }

  var CELL_FIELDS = [".tabular td", "#result_list td"].map(function (cell) {
    return cell + " input, " + cell + " select, " + cell + " textarea";
  }).join(", ");

  function labelCellFields(root) {
    root.querySelectorAll(CELL_FIELDS).forEach(function (field) {
      if (field.type === "hidden" || hasName(field)) {
        return;
      }
      var header = columnHeader(field);
      var row = field.closest("#result_list tr");
      var object = row ? text(row.querySelector("th")) : ""; // a list_editable field: its column and its row
      if (header) {
        field.setAttribute("aria-label", object ? header + ": " + object : header);
      }
    });
  }

  // The name of the <select> select2 stands for: its <label>, or the name given above.
  function selectName(select) {
    if (select.labels && select.labels.length) {
      return text(select.labels[0]).replace(/:$/, "");
    }
    return select.getAttribute("aria-label") || columnHeader(select);
  }

  function labelSelect2(root) {
    root.querySelectorAll("select.admin-autocomplete, select.select2-hidden-accessible").forEach(function (select) {
      var container = select.nextElementSibling;
      if (!container || !container.classList.contains("select2")) {
        return;
      }
      var name = selectName(select);
      if (!name) {
        return;
      }
      var combobox = container.querySelector(".select2-selection");
      var rendered = container.querySelector(".select2-selection__rendered");
      if (combobox && combobox.getAttribute("aria-label") !== name) {
        combobox.setAttribute("aria-label", name);
        if (rendered && rendered.id) {
          // select2 names the combobox by the chosen value alone (empty when none is chosen).
          combobox.removeAttribute("aria-labelledby");
          rendered.setAttribute("aria-label", name);
        }
      }
      var search = container.querySelector(".select2-search__field");
      if (search && search.getAttribute("aria-label") !== name) {
        search.setAttribute("aria-label", name);
      }
      var clear = container.querySelector("ul > .select2-selection__clear");
      if (clear && combobox) {
        combobox.insertBefore(clear, combobox.firstChild); // select2 finds it anywhere in the selection
      }
    });
    // The search box of an open dropdown (drawn at the end of <body>).
    var open = document.querySelector(".select2-container--open .select2-search--dropdown .select2-search__field");
    if (open && !open.getAttribute("aria-label")) {
      var active = document.querySelector(".select2.select2-container--open");
      var select = active && active.previousElementSibling;
      var name = select && select.tagName === "SELECT" ? selectName(select) : "";
      if (name) {
        open.setAttribute("aria-label", name);
      }
    }
  }

  // A split date-time field (e.g. "Last login") has one label for two inputs and points it at neither: each input
  // gets the field's label and the word printed before it ("Date", "Time").
  function labelSplitDateTime(root) {
    root.querySelectorAll("p.datetime input").forEach(function (field) {
      if (field.type === "hidden" || hasName(field)) {
        return;
      }
      var row = field.closest(".form-row, .fieldBox, div");
      var label = text(row && row.querySelector("label"));
      var before = field.previousSibling;
      while (before && before.nodeType !== Node.TEXT_NODE && before.tagName !== "BR") {
        before = before.previousSibling;
      }
      var part = before && before.nodeType === Node.TEXT_NODE ? before.textContent.replace(/[:\s]+$/, "").trim() : "";
      var name = [label.replace(/:$/, ""), part].filter(Boolean).join(" — ");
      if (name) {
        field.setAttribute("aria-label", name);
      }
    });
  }

  var scheduled = false;
  function run() {
    scheduled = false;
    labelCellFields(document);
    labelSplitDateTime(document);
    labelSelect2(document);
  }
  function schedule() {
    if (!scheduled) {
      scheduled = true;
      window.requestAnimationFrame(run);
    }
  }

  function start() {
    run();
    new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
