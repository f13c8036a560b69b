import { PLOVER_CONTEXTS, PLOVER_EVENTS, PLOVER_MODES } from "../coding/plover.js";

const actor = {
  type: "object",
  required: ["actor_text"],
  properties: {
    code: {
      type: "string",
      pattern: "^([A-Z]{3})$",
      description: "ISO 3166 alpha-3 country code or a non-state code such as IGO",
    },
    sector: { type: "string" },
    actor_text: { type: "string", minLength: 1 },
    identifier_id: { type: "string" },
    identifier_text: { type: "string" },
  },
} as const;

const day = { type: "string", pattern: "^-?\\d{4,}-\\d{2}-\\d{2}$", description: "YYYY-MM-DD" };

/**
 * A JSON Schema (draft 2020-12) of one PLOVER record, written from the PLOVER manual's
 * "JSON Data Fields" chapter (openeventdata/PLOVER, PLOVER_MANUAL.tex, draft 0.7b1):
 * the required `id`, `date`, `source` and `event`, the optional fields with their formats,
 * and the manual's value lists for event, mode, context and quad_code. Named additions
 * are allowed, as the manual says.
 *
 * @example
 * new Ajv2020().compile(PLOVER_RECORD_SCHEMA)(record) // true
 */
export const PLOVER_RECORD_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "PLOVER event record",
  type: "object",
  required: ["id", "date", "source", "event"],
  properties: {
    id: { type: "string", minLength: 1 },
    has_event: { type: "boolean" },
    date: day,
    time: { type: "string", pattern: "^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?$" },
    enddate: day,
    endtime: { type: "string" },
    source: { type: "array", minItems: 1, items: actor },
    recipient: { type: "array", items: actor },
    event: { type: "array", minItems: 1, items: { enum: Object.keys(PLOVER_EVENTS) } },
    event_loc: {
      type: "object",
      properties: {
        name: { type: "string" },
        latitude: { type: "number", minimum: -90, maximum: 90 },
        longitude: { type: "number", minimum: -180, maximum: 180 },
        cc3: { type: "string", pattern: "^[A-Z]{3}$" },
      },
    },
    event_text: { type: "array", items: { type: "string" } },
    quad_code: { enum: [1, 2, 3, 4] },
    event_scale: { type: "number", minimum: -10, maximum: 10 },
    mode: { type: "array", items: { enum: [...new Set(Object.values(PLOVER_MODES).flat())] } },
    context: { type: "array", items: { enum: [...PLOVER_CONTEXTS] } },
    link: { type: "string" },
    text: { type: "string" },
    text_info: { type: "object" },
    cite_info: {
      type: "array",
      items: {
        type: "object",
        properties: {
          corpus: { type: "string" },
          citation: { type: "string" },
          url: { type: "string" },
          title: { type: "string" },
          language: { type: "string" },
          publication: { type: "string" },
          license: { type: "string" },
          copyright: { type: "string" },
        },
      },
    },
    coder: { type: "string" },
    coded_date: day,
    comment: { type: "string" },
  },
} as const;
