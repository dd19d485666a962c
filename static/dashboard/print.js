// "Print" buttons (data-print): no inline onclick, the Content-Security-Policy forbids it.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("button[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
});
