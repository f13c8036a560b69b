import { cameoCodes } from "../coding/cameo.js";
import { PLOVER_CONTEXTS, PLOVER_EVENTS, PLOVER_MODES } from "../coding/plover.js";
import { COUNTRY_CODES, USER_ASSIGNED_COUNTRY } from "./countries.js";

type Node = Record<string, unknown>;

// The EDTF subset parseDate reads: dates to the second with an offset, ~ ? %, intervals, open ends.
const EDTF_DATE = "-?\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}(:?\\d{2})?)?)?)?)?[?~%]?";
const EDTF = `^(${EDTF_DATE}|(${EDTF_DATE}|\\.\\.)?/(${EDTF_DATE}|\\.\\.)?)$`;
const DATE_FIELDS = new Set(["date", "published", "accessed", "horizon"]);

/**
 * Narrows the JSON Schema zod writes to the values validation accepts, so editors refuse
 * them too: CAMEO codes (four-digit codes under a known three-digit one), PLOVER event
 * types, modes and contexts, ISO 3166-1 alpha-3 countries, http(s) addresses, the EDTF
 * date forms and IANA time zones.
 */
export function narrowValues(schema: Node): Node {
  const codes = cameoCodes().map((c) => c.code);
  const three = codes.filter((c) => c.length === 3);
  const zones = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.("timeZone");
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const n = node as Node;
    const props = n.properties as Record<string, Node> | undefined;
    if (props) {
      if (props.cameo) props.cameo.anyOf = [{ enum: codes }, { pattern: `^(${three.join("|")})[0-9]$` }];
      if (props.plover?.properties) {
        const p = props.plover.properties as Record<string, Node>;
        if (p.event) p.event.enum = Object.keys(PLOVER_EVENTS);
        if (p.mode) p.mode.enum = [...new Set(Object.values(PLOVER_MODES).flat())].sort();
        if (p.context?.items) (p.context.items as Node).enum = [...PLOVER_CONTEXTS];
      }
      if (props.country) props.country.anyOf = [{ enum: COUNTRY_CODES }, { pattern: USER_ASSIGNED_COUNTRY.source }];
      if (props.url && props.url.type === "string")
        Object.assign(props.url, { format: "uri", pattern: "^https?://\\S+$" });
      if (props.timezone && zones?.length) props.timezone.enum = [...new Set(["UTC", ...zones])];
      for (const [name, value] of Object.entries(props)) {
        if (!DATE_FIELDS.has(name)) continue;
        for (const branch of (value.anyOf as Node[] | undefined) ?? []) {
          if (branch.type === "string") branch.pattern = EDTF;
        }
      }
    }
    Object.values(n).forEach(walk);
  };
  walk(schema);
  return schema;
}
