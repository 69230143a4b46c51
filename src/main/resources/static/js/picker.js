// Search-as-you-type pickers (WAI-ARIA combobox with a listbox popup). htmx fetches the options
// (fragment picker-options); this file moves through them with the keyboard or the pointer and
// writes the chosen id into the hidden field, so nobody types an internal number.
(function () {
  function parts(el) {
    var box = el && el.closest ? el.closest("[data-picker]") : null;
    if (!box) {
      return null;
    }
    return {
      box: box,
      input: box.querySelector("[role=combobox]"),
      list: box.querySelector("[role=listbox]"),
      value: box.querySelector("[data-picker-value]")
    };
  }
  function options(p) {
    return Array.prototype.slice.call(p.list.querySelectorAll("[role=option]:not([aria-disabled])"));
  }
  function open(p, yes) {
    p.list.hidden = !yes;
    p.input.setAttribute("aria-expanded", yes ? "true" : "false");
    if (!yes) {
      p.input.removeAttribute("aria-activedescendant");
    }
  }
  function current(p) {
    var opts = options(p);
    for (var i = 0; i < opts.length; i++) {
      if (opts[i].getAttribute("aria-selected") === "true") {
        return i;
      }
    }
    return -1;
  }
  function highlight(p, index) {
    var opts = options(p);
    opts.forEach(function (o, i) {
      o.setAttribute("aria-selected", i === index ? "true" : "false");
    });
    if (opts[index]) {
      p.input.setAttribute("aria-activedescendant", opts[index].id);
      if (opts[index].scrollIntoView) {
        opts[index].scrollIntoView({ block: "nearest" });
      }
    }
  }
  function choose(p, option) {
    p.value.value = option.getAttribute("data-value");
    p.input.value = option.getAttribute("data-label");
    p.input.setCustomValidity("");
    open(p, false);
    p.value.dispatchEvent(new Event("change", { bubbles: true }));
  }
  document.addEventListener("htmx:afterSwap", function (e) {
    var p = parts(e.detail.target);
    if (!p || e.detail.target !== p.list) {
      return;
    }
    Array.prototype.forEach.call(p.list.querySelectorAll("[role=option]"), function (o, i) {
      o.id = p.list.id + "-" + i;
    });
    open(p, document.activeElement === p.input && p.list.children.length > 0);
  });
  // Words typed before htmx was ready (a slow page) still get their options.
  document.addEventListener("htmx:load", function (e) {
    var root = e.detail && e.detail.elt ? e.detail.elt : document;
    var inputs = root.querySelectorAll ? root.querySelectorAll("[data-picker] [role=combobox]") : [];
    Array.prototype.forEach.call(inputs, function (input) {
      var p = parts(input);
      if (input === document.activeElement && input.value !== "" && p.value.value === "") {
        window.htmx.trigger(input, "search");
      }
    });
  });
  document.addEventListener("input", function (e) {
    var p = parts(e.target);
    if (p && e.target === p.input && p.value.value !== "") {
      p.value.value = "";
      p.value.dispatchEvent(new Event("change", { bubbles: true }));
    }
  });
  document.addEventListener("keydown", function (e) {
    var p = parts(e.target);
    if (!p || e.target !== p.input) {
      return;
    }
    var opts = options(p);
    var i = current(p);
    if (e.key === "ArrowDown") {
      e.preventDefault();
      if (p.list.hidden) {
        if (p.list.children.length > 0) {
          open(p, true);
        } else if (window.htmx) {
          window.htmx.trigger(p.input, "search");
        }
      }
      highlight(p, Math.min(i + 1, opts.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      highlight(p, Math.max(i - 1, 0));
    } else if (e.key === "Enter") {
      if (!p.list.hidden && i >= 0) {
        e.preventDefault();
        choose(p, opts[i]);
      } else if (!p.list.hidden && opts.length === 1) {
        e.preventDefault();
        choose(p, opts[0]);
      }
    } else if (e.key === "Escape") {
      if (!p.list.hidden) {
        e.preventDefault();
        open(p, false);
      }
    } else if (e.key === "Tab") {
      open(p, false);
    }
  });
  document.addEventListener("click", function (e) {
    var option = e.target.closest ? e.target.closest("[role=option]") : null;
    var p = option ? parts(option) : null;
    if (p && !option.hasAttribute("aria-disabled")) {
      choose(p, option);
      p.input.focus();
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll("[data-picker]"), function (box) {
      if (!box.contains(e.target)) {
        open(parts(box), false);
      }
    });
  });
  // A required picker left empty is named before the form is sent.
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (!form.querySelectorAll) {
      return;
    }
    var boxes = form.querySelectorAll("[data-picker][data-required]");
    for (var k = 0; k < boxes.length; k++) {
      var p = parts(boxes[k]);
      if (p.value.value === "") {
        e.preventDefault();
        e.stopImmediatePropagation();
        p.input.setCustomValidity(p.box.getAttribute("data-missing"));
        p.input.reportValidity();
        return;
      }
    }
  }, true);
})();
