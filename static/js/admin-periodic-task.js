/* Shows the chosen crontab in words under the field (django-celery-beat's inline script, moved here for CSP). */
(function ($) {
  "use strict";
  var readable = JSON.parse(document.getElementById("readable-crontabs").textContent);
  var original = JSON.parse(document.getElementById("crontab-help-text").textContent);
  var update = function (additional) {
    var help = $(".field-crontab .help");
    help.text(original);
    if (additional) {
      help.append($("<br>"), document.createTextNode("Translation: " + additional));
    }
  };
  $(".field-crontab_translation").hide();
  $(".field-crontab").change(function () {
    update(readable[$("#id_crontab").val()]);
  });
})(django.jQuery);
