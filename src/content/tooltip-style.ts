/** The tooltip's own styles, inside its shadow root; `:host` resets what the page could inherit. */
export const TOOLTIP_CSS = `
:host { all: initial; }
.tooltip {
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  max-width: min(360px, calc(100vw - 16px)); min-width: 200px;
  padding: 12px 14px; border-radius: 10px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Naskh Arabic", sans-serif;
  color: #1d2230; background: #ffffff; border: 1px solid #c9cfdb;
  box-shadow: 0 6px 24px rgba(10, 20, 40, 0.22);
  text-align: start; direction: ltr;
}
@media (prefers-color-scheme: dark) {
  .tooltip { color: #e8ebf2; background: #1f2430; border-color: #3a4254; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.6); }
  .kind { color: #aab4c8 !important; }
  button.save { background: #2b3345 !important; color: #e8ebf2 !important; border-color: #51607d !important; }
  button.save[aria-pressed="true"] { background: #17603f !important; border-color: #2f9b6c !important; }
}
@media (prefers-reduced-motion: no-preference) {
  .tooltip { animation: dalil-in 120ms ease-out; }
  @keyframes dalil-in { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
}
.names { display: flex; flex-direction: column; gap: 2px; }
.ar { font-size: 20px; font-weight: 600; text-align: right; font-family: "Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", system-ui, sans-serif; }
.en { font-size: 15px; font-weight: 600; }
.kind { margin-top: 4px; font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: #5b6478; }
.path { margin-top: 6px; font-size: 13px; }
.path-ar { margin-top: 2px; text-align: right; }
.desc, .inferred { margin: 6px 0 0; font-size: 13px; }
.inferred { font-style: italic; }
.error { margin: 6px 0 0; color: #b3261e; font-size: 13px; }
.actions { margin-top: 10px; display: flex; gap: 8px; }
button.save {
  font: inherit; font-size: 13px; padding: 4px 12px; border-radius: 6px; cursor: pointer;
  border: 1px solid #8a96ad; background: #f3f5f9; color: #1d2230;
}
button.save[aria-pressed="true"] { background: #dff5ea; border-color: #2f9b6c; }
button.save:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.attribution { margin-top: 8px; font-size: 10.5px; color: #7a8396; line-height: 1.3; }
`;
