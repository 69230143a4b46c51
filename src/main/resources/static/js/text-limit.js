// Every text field with a limit shows it: a field whose page already says "Tối đa N ký tự" keeps
// that hint; any other gets a live count ("12/500 ký tự"), so text is never cut without warning.
(function () {
  function format(n) {
    return n.toLocaleString("vi-VN");
  }
  function attach(field) {
    var max = parseInt(field.getAttribute("maxlength") || "0", 10);
    if (!max || !field.id || document.getElementById(field.id + "-limit")) {
      return;
    }
    var template = document.body.getAttribute("data-text-count") || "{0}/{1}";
    var hint = document.createElement("small");
    hint.id = field.id + "-limit";
    hint.className = "muted limit";
    hint.setAttribute("aria-live", "polite");
    field.insertAdjacentElement("afterend", hint);
    field.setAttribute("aria-describedby", ((field.getAttribute("aria-describedby") || "") + " " + hint.id).trim());
    function update() {
      hint.textContent = template.replace("{0}", format(field.value.length)).replace("{1}", format(max));
    }
    field.addEventListener("input", update);
    update();
  }
  function all() {
    var fields = document.querySelectorAll("textarea[maxlength], input[maxlength]:not([type=hidden]):not([type=password])");
    for (var i = 0; i < fields.length; i++) {
      attach(fields[i]);
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", all);
  } else {
    all();
  }
  document.addEventListener("htmx:afterSwap", all);
})();
