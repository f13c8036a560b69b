// @ts-nocheck: runs in the desk page, inlined by Function.prototype.toString (see index.ts).

/**
 * The timeline page in the desk's frame, made compact: the page's own header and footer,
 * the filters and the overview strip (behind the desk's **Filters** button), the table and
 * export buttons (the desk's Items tab lists the items) and the details panel (the desk's form shows the item) give their room to the
 * chart, so it starts at the top of the frame on a tablet; under a touch pointer the
 * timeline's buttons are at least 40 px. The rules are added through the CSSOM to the
 * page's own stylesheet (its Content-Security-Policy allows no new style element, and the
 * read-only page at / is left as it is). Runs on each load of the frame.
 */
export function compactFrame(frame) {
  const view = frame.contentWindow;
  // The last of the page's sheets, so the rules come after the page's own and win ties.
  const sheets = view?.document.styleSheets;
  const sheet = sheets?.[sheets.length - 1];
  if (!sheet) return;
  const off = "html:not([data-desk-filters])";
  const rules = [
    ".blp{max-width:none;padding:4px 6px 0}",
    ".blp-header,.blp-footer,.blp>.blp-marking:last-child{display:none}",
    ".blt-details{display:none!important}",
    `${off} .blt-filters,${off} .blt-overview{display:none}`,
    ".blt-toolbar{padding:4px;gap:4px 6px}",
    ".blt-toolbar [aria-label=View],.blt-toolbar [aria-label=Export],.blt-toolbar [data-action=theme],.blt-toolbar .blt-label{display:none}",
    "@media (max-width:820px){.blt-search{flex:1 1 120px;max-width:240px}.blt-summary{flex-basis:auto}}",
    "@media (pointer:coarse){.blt-btn,.blt-chip,.blt-search input,.blt-dates input,.blt-pop>summary{min-height:40px;min-width:40px}.blt-details .blt-close{min-height:40px;min-width:40px}}",
  ];
  for (const rule of rules) sheet.insertRule(rule, sheet.cssRules.length);
  showFilters(S.filtersShown === true);
  const handle = view.briefline;
  const count = () => {
    const { shown, total } = handle.counts();
    document.getElementById("filters-toggle").textContent =
      shown === total ? `Filters · ${total} items` : `Filters · ${shown} of ${total} shown`;
  };
  if (handle) {
    count();
    handle.on("filter", count);
  }
}

/** Shows or hides the framed timeline's filters and overview strip (the desk's Filters button). */
export function showFilters(on) {
  S.filtersShown = on;
  const root = document.getElementById("timeline-frame")?.contentDocument?.documentElement;
  if (root) {
    if (on) root.setAttribute("data-desk-filters", "");
    else root.removeAttribute("data-desk-filters");
  }
  document.getElementById("filters-toggle")?.setAttribute("aria-pressed", on ? "true" : "false");
}
