// Every htmx request carries the CSRF token of the page (state-changing requests need it).
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Error responses (4xx, 5xx) carry a readable message fragment: show it instead of ignoring it.
document.addEventListener("htmx:beforeSwap", function (event) {
  var status = event.detail.xhr.status;
  if (status >= 400 && status !== 401) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});

// Confirmation for buttons that ask for it, without inline script.
document.addEventListener("submit", function (event) {
  var button = event.submitter;
  var message = (button && button.dataset.confirm) || event.target.dataset.confirm;
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// A form row's save state, beside the value: "not saved yet" while typed, "saving" while the request runs, then
// what the server answered (saved, or refused with the message the row's inputs now point to).
var VALUE_INPUTS = '[name="number"],[name="denominator"],[name="yes"],[name="choice"],[name="text"],[name="date"]';

function rowState(row, state, text) {
  var status = row && row.querySelector(".row-state");
  if (status && status.dataset.state !== "error") {
    status.dataset.state = state;
    status.textContent = text;
  }
}

document.addEventListener("input", function (event) {
  var row = event.target.closest && event.target.closest("tr[hx-post]");
  var table = row && row.closest("table");
  if (row && table && event.target.matches(VALUE_INPUTS + ',[name="explanation"],[name="reason"]')) {
    rowState(row, "unsaved", table.dataset.unsaved);
  }
});

document.addEventListener("htmx:beforeRequest", function (event) {
  var row = event.detail.elt;
  if (row.matches && row.matches("tr[hx-post]")) {
    var status = row.querySelector(".row-state");
    if (status) {
      status.dataset.state = "saving";
      status.textContent = row.closest("table").dataset.saving;
    }
  }
});

document.addEventListener("htmx:afterSettle", function (event) {
  var target = event.detail.target;
  var id = target && target.id;
  if (!id || id.indexOf("s-") !== 0) {
    return;
  }
  var cid = id.substring(2);
  var row = document.getElementById("c-" + cid);
  var status = document.getElementById(id);
  if (!row || !status) {
    return;
  }
  var refused = status.dataset.state === "error";
  row.querySelectorAll(VALUE_INPUTS).forEach(function (input) {
    if (refused) {
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", "err-" + cid);
    } else {
      input.removeAttribute("aria-invalid");
      input.removeAttribute("aria-describedby");
    }
  });
});

// A row the page came back refusing (saved without script): its inputs point to the message on top.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("tr[data-refused]").forEach(function (row) {
    row.querySelectorAll(VALUE_INPUTS).forEach(function (input) {
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", "form-error");
    });
  });
});

// A table wider than the screen scrolls inside its frame: the frame takes the keyboard focus (arrow keys scroll it)
// and is named after its table, so that a keyboard or screen-reader user can reach what is off to the side.
function focusableScrolls() {
  document.querySelectorAll(".table-responsive").forEach(function (frame) {
    if (frame.scrollWidth > frame.clientWidth + 1) {
      frame.setAttribute("tabindex", "0");
      frame.setAttribute("role", "region");
      var table = frame.querySelector("table");
      var caption = table && table.querySelector("caption");
      var heading = frame.previousElementSibling;
      var name = (caption && caption.textContent) || (heading && /^H[1-6]$/.test(heading.tagName) && heading.textContent);
      frame.setAttribute("aria-label", (name || document.title).trim());
    } else if (frame.getAttribute("role") === "region") {
      frame.removeAttribute("tabindex");
      frame.removeAttribute("role");
    }
  });
}
document.addEventListener("DOMContentLoaded", focusableScrolls);
window.addEventListener("resize", focusableScrolls);
