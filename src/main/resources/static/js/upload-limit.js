// A file larger than the server accepts is refused before it is sent: the limit is the server's
// own (data-max-bytes on the input, else data-upload-max-bytes on the page), the message is the
// bundle's (data-upload-too-large), shown beside the field.
(function () {
  function limitOf(input) {
    var own = input.getAttribute("data-max-bytes");
    var page = document.body.getAttribute("data-upload-max-bytes");
    return parseInt(own || page || "0", 10);
  }
  function megabytes(bytes) {
    var mb = bytes / (1024 * 1024);
    return (Math.round(mb * 10) / 10).toString().replace(".", ",");
  }
  function messageFor(input) {
    var id = (input.id || input.name || "file") + "-size-error";
    var p = document.getElementById(id);
    if (!p) {
      p = document.createElement("p");
      p.id = id;
      p.className = "field-error";
      p.setAttribute("role", "alert");
      input.insertAdjacentElement("afterend", p);
      input.setAttribute("aria-describedby", ((input.getAttribute("aria-describedby") || "") + " " + id).trim());
    }
    return p;
  }
  function check(input) {
    var limit = limitOf(input);
    var text = "";
    if (limit > 0 && input.files) {
      for (var i = 0; i < input.files.length; i++) {
        var f = input.files[i];
        if (f.size > limit) {
          text = (document.body.getAttribute("data-upload-too-large") || "")
            .replace("{0}", f.name)
            .replace("{1}", megabytes(f.size))
            .replace("{2}", megabytes(limit));
          break;
        }
      }
    }
    input.setCustomValidity(text);
    var p = document.getElementById((input.id || input.name || "file") + "-size-error");
    if (text) {
      messageFor(input).textContent = text;
      input.setAttribute("aria-invalid", "true");
    } else if (p) {
      p.textContent = "";
      input.removeAttribute("aria-invalid");
    }
    return !text;
  }
  document.addEventListener("change", function (event) {
    var input = event.target;
    if (input && input.type === "file") {
      check(input);
    }
  }, true);
  document.addEventListener("submit", function (event) {
    var inputs = event.target.querySelectorAll ? event.target.querySelectorAll("input[type=file]") : [];
    for (var i = 0; i < inputs.length; i++) {
      if (!check(inputs[i])) {
        event.preventDefault();
        event.stopImmediatePropagation();
        inputs[i].focus();
        return;
      }
    }
  }, true);
})();
