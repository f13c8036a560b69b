import { z } from "zod";
import {
  ACTOR_TYPES,
  CONDITION_KINDS,
  CONFIDENCES,
  EVENT_KINDS,
  LIKELIHOODS,
  RELATION_TYPES,
  RELIABILITY_GRADES,
  STATEMENT_KINDS,
  STATUSES,
} from "../model/vocabulary.js";

/**
 * The chronicle format as zod schemas: the one definition from which the TypeScript
 * types are inferred and the JSON Schema is emitted. Objects are strict, so a misspelt
 * field is reported instead of silently dropped. No defaults are applied here, so that
 * load → save returns exactly what the analyst wrote; effective values (a statement's
 * or event's status, its coding) come from accessors in `model/`.
 */

/** An analyst's short slug: letters, digits, `-`, `_`, `.` or `:`, starting with a letter or digit. */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, "an id: letters, digits, '-', '_', '.' or ':'")
  .max(120)
  .describe("A short slug chosen by the analyst, e.g. `putin` or `eef-plenary`.");

const text = z.string().min(1, "a non-empty text");
const country = z
  .string()
  .regex(/^[A-Z]{3}$/, "an ISO 3166-1 alpha-3 code such as RUS")
  .describe("ISO 3166-1 alpha-3 code, e.g. RUS, UKR, USA.");
const tags = z.array(z.string().min(1)).describe("Free labels for filtering.");

/**
 * An EDTF date (subset): `2025`, `2025-09`, `2025-09-05`, `2025-09-05T11:30+10:00`,
 * intervals `a/b` with open ends `../b` and `a/..`, qualifiers `?` and `~` (`%` both).
 * A bare year written without quotes in YAML arrives as a number and is accepted.
 */
export const DateSchema = z
  .union([z.string().min(1), z.int().min(1).max(9999)])
  .describe(
    "EDTF date: 2025, 2025-09, 2025-09-05, 2025-09-05T11:30+10:00, 2025-09-03/2025-09-06, ../2025-09, 2025-09~ (approximate), 2025-09-05? (uncertain).",
  );

export const LocationSchema = z.strictObject({
  name: text.describe("Place name, e.g. Vladivostok."),
  country: country.optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
});

/** A reference from an item to a source, with the Admiralty information grade of this claim. */
export const SourceRefSchema = z.strictObject({
  source: IdSchema.describe("Id of a source in `sources`."),
  credibility: z
    .int()
    .min(1)
    .max(6)
    .optional()
    .describe("Admiralty information credibility 1 (confirmed) .. 6 (cannot be judged)."),
  excerpt: z.string().optional().describe("The passage of the source that supports the item."),
  locator: z.string().optional().describe("Where in the source: page, paragraph, timestamp."),
});

export const QuoteSchema = z.strictObject({
  text: text.describe("The words quoted."),
  verbatim: z.boolean().optional().describe("True when these are the speaker's exact words, false for a paraphrase."),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "a BCP 47 language tag such as en or ru")
    .optional(),
  translation: z.string().optional().describe("An English rendering when the quote is in another language."),
});

export const ConditionSchema = z.strictObject({
  kind: z.enum(CONDITION_KINDS).describe("if | unless | only_if | until | after"),
  text: text,
});

export const PloverCodingSchema = z.strictObject({
  event: z
    .string()
    .regex(/^[A-Z_]+$/, "a PLOVER event type in capitals such as THREATEN")
    .describe("PLOVER event type, e.g. THREATEN, AGREE, REJECT, CONSULT."),
  mode: z.string().optional().describe("PLOVER mode, e.g. violence, verbal."),
  context: z.array(z.string()).optional().describe("PLOVER contexts, e.g. military, diplomatic."),
});

export const CodingSchema = z.strictObject({
  cameo: z
    .string()
    .regex(/^[0-9]{2,4}$/, 'a CAMEO code of 2 to 4 digits written as a string, e.g. "036"')
    .optional()
    .describe('CAMEO event code as a string, e.g. "138" (never a number: "036" keeps its zero).'),
  plover: PloverCodingSchema.optional(),
});

const intensity = z
  .number()
  .min(-10)
  .max(10)
  .describe("Goldstein-style intensity, −10 (most conflictual) .. +10 (most cooperative).");

const headline = z
  .string()
  .min(1, "a non-empty text")
  .max(80, "at most 80 characters (a headline; the summary holds the rest)");

const highlight = z
  .boolean()
  .describe("true: the item is labelled on every chart before all others (see docs/timeline.md, label priority).");

export const ActorSchema = z.strictObject({
  id: IdSchema,
  name: text,
  aliases: z.array(z.string().min(1)).optional().describe("Other names the actor goes by in sources."),
  type: z.enum(ACTOR_TYPES),
  country: country.optional(),
  sector: z.string().optional().describe("CAMEO/PLOVER sector code, e.g. GOV, MIL."),
  title: z.string().optional().describe("Office or role, e.g. President of Russia."),
  description: z.string().optional(),
  members: z.array(IdSchema).optional().describe("For collectives: the ids of the actors they group."),
  tags: tags.optional(),
});

export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: text,
  publisher: z.string().optional(),
  author: z.string().optional(),
  url: z.string().optional().describe("http(s) address of the source."),
  published: DateSchema.optional(),
  accessed: DateSchema.optional(),
  language: z.string().optional(),
  reliability: z.enum(RELIABILITY_GRADES).optional().describe("Admiralty source reliability A..F."),
  notes: z.string().optional(),
});

/** A picture, video, document or page that illustrates an item (TimelineJS `media` and `background`). */
export const MediaSchema = z.strictObject({
  url: z.string().min(1).describe("Address of the media (image, video, page)."),
  caption: z.string().optional(),
  credit: z.string().optional(),
  thumbnail: z.string().optional().describe("Address of a small image for the media."),
  alt: z.string().optional().describe("Text alternative for an image."),
  role: z.enum(["media", "background"]).optional().describe("media (the default) or the slide's background image."),
});

/** A named stretch of time drawn behind the timeline (TimelineJS eras). */
export const PeriodSchema = z.strictObject({
  title: text.describe("Name of the period, e.g. Ceasefire talks."),
  date: DateSchema.describe("The span, as an EDTF interval: 2025-09-03/2025-09-06."),
  text: z.string().optional(),
});

const media = z.array(MediaSchema).describe("Media illustrating the item (TimelineJS media and background images).");

export const EventSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(EVENT_KINDS),
  title: text,
  date: DateSchema,
  location: LocationSchema.optional(),
  participants: z.array(IdSchema).optional(),
  media: media.optional(),
  sides: z
    .strictObject({
      a: z.array(IdSchema).min(1).describe("Ids of the actors on the first side (ACLED actor1 and its associates)."),
      b: z
        .array(IdSchema)
        .optional()
        .describe("Ids of the actors on the other side (ACLED actor2 and its associates)."),
    })
    .optional()
    .describe("Which participants stand together: side a acts, side b is acted upon (PLOVER source and recipient)."),
  attributes: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
    .optional()
    .describe("Fields of an imported record that the chronicle has no place for, kept by their original names."),
  summary: z.string().optional(),
  coding: CodingSchema.optional(),
  intensity: intensity.optional(),
  status: z.enum(STATUSES).optional().describe("confirmed (the default) | candidate | disputed"),
  sources: z.array(SourceRefSchema).optional(),
  tags: tags.optional(),
  highlight: highlight.optional(),
  notes: z.string().optional(),
});

export const StatementSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(STATEMENT_KINDS),
  speaker: IdSchema.describe("Id of the actor who said it."),
  targets: z.array(IdSchema).optional().describe("Ids of the actors it is addressed to or about."),
  date: DateSchema,
  at: IdSchema.optional().describe("Id of the event where it was said."),
  title: headline
    .optional()
    .describe(
      "A headline of at most 80 characters that labels the item on charts, e.g. 'Putin: foreign troops would be legitimate targets'; without it, the label is cut from the summary.",
    ),
  summary: text,
  quote: QuoteSchema.optional(),
  conditions: z.array(ConditionSchema).optional(),
  media: media.optional(),
  coding: CodingSchema.optional(),
  intensity: intensity.optional(),
  status: z.enum(STATUSES).optional().describe("confirmed (the default) | candidate | disputed"),
  sources: z.array(SourceRefSchema).optional(),
  tags: tags.optional(),
  highlight: highlight.optional(),
  notes: z.string().optional(),
});

export const RelationSchema = z.strictObject({
  type: z.enum(RELATION_TYPES),
  from: IdSchema.describe("Id of the later item (the answer, the repetition)."),
  to: IdSchema.describe("Id of the earlier item it relates to."),
  note: z.string().optional(),
});

export const JudgmentSchema = z.strictObject({
  id: IdSchema,
  text: text.describe("The judgment, without its likelihood or confidence words."),
  likelihood: z.enum(LIKELIHOODS),
  confidence: z.enum(CONFIDENCES),
  basis: z.array(IdSchema).min(1, "at least one statement or event id").describe("Items it rests on."),
  horizon: DateSchema.optional().describe("Until when the judgment holds."),
});

export const BriefingSchema = z.strictObject({
  bluf: z.string().optional().describe("Bottom line up front; generated from the data when absent."),
  marking: z.string().optional().describe("Handling marking, e.g. UNCLASSIFIED."),
  author: z.string().optional(),
  audience: z.string().optional(),
});

export const ChronicleSchema = z.strictObject({
  $schema: z.string().optional().describe("Path or URL of the JSON Schema, for editors."),
  briefline: z.literal(1).describe("Format version; always 1."),
  title: text,
  description: z.string().optional(),
  media: z
    .array(MediaSchema)
    .optional()
    .describe("Media of the chronicle as a whole (a TimelineJS title slide's media and background image)."),
  timezone: z.string().optional().describe("IANA time zone for dates without an offset (default UTC)."),
  actors: z.array(ActorSchema).optional(),
  sources: z.array(SourceSchema).optional(),
  events: z.array(EventSchema).optional(),
  statements: z.array(StatementSchema).optional(),
  relations: z.array(RelationSchema).optional(),
  judgments: z.array(JudgmentSchema).optional(),
  periods: z.array(PeriodSchema).optional().describe("Named stretches of time drawn as background bands."),
  briefing: BriefingSchema.optional(),
});
