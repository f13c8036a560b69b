import * as actor from "./actor.js";
import * as card from "./card.js";
import * as chart from "./chart.js";
import * as decisions from "./decide.js";
import * as dom from "./dom.js";
import * as form from "./form.js";
import * as formFields from "./form-fields.js";
import * as formLists from "./form-lists.js";
import * as frameMode from "./frame-mode.js";
import * as inbox from "./inbox.js";
import * as items from "./items.js";
import * as frame from "./main.js";
import * as net from "./net.js";
import * as relate from "./relate.js";

// The desk page's script, put together from functions written in TypeScript files that
// the desk never imports at run time: each is a self-contained function declaration,
// inlined with Function.prototype.toString, and they meet in one script scope with the
// shared state `S`. So the CLI needs no bundler for one page, and the page runs nothing
// it did not ship (its CSP allows this script by hash only).
// Every export of these files is a part: nothing can be left out by mistake.
const PARTS = [
  dom,
  net,
  inbox,
  card,
  decisions,
  actor,
  items,
  formFields,
  formLists,
  form,
  relate,
  chart,
  frameMode,
  frame,
].flatMap((module) => Object.values(module as Record<string, unknown>).filter((value) => typeof value === "function"));

/** The script: the shared state, every part, then `main()`. */
export const CLIENT = [
  "const S = { token: '', state: null, extraction: null, source: {}, current: 0, tab: 'inbox', form: null, filter: '', ids: 0, relating: null, relate: null, actorForm: null, filtersShown: false };",
  ...PARTS.map((part) => String(part)),
  "main();",
].join("\n");
