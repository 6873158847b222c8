// The only script this page's CSP allows; it counts, and records every CSP violation.
window.__counter = 0;
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
setInterval(() => {
  window.__counter++;
  document.getElementById('counter').textContent = String(window.__counter);
}, 50);
