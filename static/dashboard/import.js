// Shows the import page's progress note while the server reads, checks or imports the file.
// The server answers only when it is done, so the bar is indeterminate: it never claims a percentage.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("#content form").forEach(function (form) {
    form.addEventListener("submit", function () {
      var note = form.querySelector(".import-progress") || form.parentNode.querySelector(".import-progress");
      if (note) {
        note.hidden = false;
      }
      // After the browser has collected the form's data: no double submission.
      window.setTimeout(function () {
        form.querySelectorAll("input[type=submit]").forEach(function (button) {
          button.disabled = true;
        });
      }, 0);
    });
  });
});
