/* Progressive enhancement only: every form works without this file. */
(function () {
  "use strict";
  var select = document.querySelector("select[data-autosubmit]");
  if (select && select.form) {
    select.addEventListener("change", function () { select.form.submit(); });
  }
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
})();
