// Reload the exports page while an export is being prepared, so its progress bar moves.
(function () {
  "use strict";
  var table = document.querySelector("table.export-jobs[data-refresh]");
  if (!table) {
    return;
  }
  var seconds = parseInt(table.getAttribute("data-refresh"), 10) || 3;
  window.setTimeout(function () {
    window.location.reload();
  }, seconds * 1000);
})();
