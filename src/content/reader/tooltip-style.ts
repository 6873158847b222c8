/**
 * The tooltip's own styles, inside its shadow root (the page's rules cannot reach in;
 * the host's inline `all: initial !important` stops what would be inherited).
 */
export const TOOLTIP_CSS = `
:host { all: initial; }
.tooltip {
  --fg: #1d2230; --muted: #566074; --bg: #ffffff; --border: #c3cad8; --button: #f3f5f9; --accent: #1f5fbf;
  --saved-bg: #dff5ea; --saved-border: #2f9b6c;
  position: fixed; top: 0; left: 0; z-index: 2147483647; box-sizing: border-box;
  width: max-content; max-width: min(320px, calc(100vw - 16px)); min-width: min(280px, calc(100vw - 16px));
  overflow: auto; overscroll-behavior: contain;
  padding: 10px 12px; border-radius: 10px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Naskh Arabic", sans-serif;
  color: var(--fg); background: var(--bg); border: 1px solid var(--border);
  box-shadow: 0 6px 24px rgba(10, 20, 40, 0.22);
  text-align: start; white-space: normal; word-wrap: break-word; cursor: auto;
}
.tooltip[hidden] { display: none; }
.tooltip:focus { outline: none; }
.tooltip:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .tooltip {
    --fg: #e8ebf2; --muted: #aab4c8; --bg: #1f2430; --border: #46506a; --button: #2b3345; --accent: #8db4ff;
    --saved-bg: #17603f; --saved-border: #2f9b6c;
    box-shadow: 0 6px 24px rgba(0, 0, 0, 0.6);
  }
}
@media (prefers-reduced-motion: no-preference) {
  .tooltip:not([hidden]) { animation: dalil-in 120ms ease-out; }
  @keyframes dalil-in { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
}
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.names { display: flex; flex-direction: column; gap: 0; }
.ar { font-size: 19px; font-weight: 600; line-height: 1.35; text-align: right; font-family: "Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", system-ui, sans-serif; }
.written { font-size: 13px; font-weight: 400; color: var(--muted); }
.en-line { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 8px; direction: ltr; }
.en { font-size: 15px; font-weight: 600; text-align: left; }
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.path { margin-top: 4px; font-size: 12.5px; line-height: 1.35; }
.path-en { text-align: left; }
.path-ar { margin-top: 1px; text-align: right; }
.locator-map { margin-top: 6px; color: var(--fg); }
.facts { margin: 6px 0 0; font-size: 13px; }
.fact { display: flex; flex-direction: column; margin-top: 4px; }
.fact dt { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.fact dd { margin: 0; display: flex; flex-direction: column; }
.fact-en { text-align: left; }
.fact-ar { text-align: right; }
.desc, .inferred, .note { margin: 6px 0 0; font-size: 13px; }
.desc { text-align: left; }
.inferred { font-style: italic; color: var(--muted); }
.mine { margin-top: 8px; padding: 6px 8px; border-radius: 6px; background: var(--button); }
.status { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.bundled { margin: 2px 0 0; font-size: 12px; color: var(--muted); }
.statuses { display: flex; gap: 4px; margin: 0 0 4px; padding: 0; border: 0; min-width: 0; }
.statuses .status { padding: 2px 6px; border: 1px solid currentColor; border-radius: 4px; background: transparent; cursor: pointer; }
/* LingQ-like status colours, inside Dalil's closed tooltip only (docs/privacy.md). */
.statuses .status-new[aria-pressed="true"] { color: #0b57d0; background: #d3e3fd; }
.statuses .status-learning[aria-pressed="true"] { color: #7a5900; background: #ffe08a; }
.statuses .status-known[aria-pressed="true"] { color: #146c2e; background: #c4eed0; }
.error { margin: 6px 0 0; color: #b3261e; font-size: 13px; }
@media (prefers-color-scheme: dark) { .error { color: #ffb4ab; } }
.actions { margin-top: 8px; display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
.source { margin-inline-start: auto; }
button.link {
  border: 0; background: none; padding: 2px 0; min-height: 0; font-size: 11px; color: var(--muted);
  text-decoration: underline; text-underline-offset: 2px;
}
button.link:hover { color: var(--accent); }
button {
  font: inherit; font-size: 13px; padding: 4px 12px; border-radius: 6px; cursor: pointer; margin: 0;
  border: 1px solid var(--border); background: var(--button); color: var(--fg); min-height: 28px;
}
button:hover { border-color: var(--accent); }
button[aria-pressed="true"] { background: var(--saved-bg); border-color: var(--saved-border); }
button:disabled { opacity: 0.6; cursor: default; }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.hint { margin: 6px 0 0; font-size: 11px; line-height: 1.3; color: var(--muted); }
.hint:empty { display: none; }
.undo { margin: 8px 0 0; font-size: 13px; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
`;
