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
