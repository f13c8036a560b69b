import type { z } from "zod";
import type {
  ActorSchema,
  BriefingSchema,
  ChronicleSchema,
  CodingSchema,
  ConditionSchema,
  EventSchema,
  JudgmentSchema,
  LocationSchema,
  MediaSchema,
  PeriodSchema,
  QuoteSchema,
  RelationSchema,
  SourceRefSchema,
  SourceSchema,
  StatementSchema,
} from "../schema/chronicle.js";

/** A person, state, organisation or group that speaks or is spoken to. */
export type Actor = z.infer<typeof ActorSchema>;
/** A document an item rests on, graded for reliability (Admiralty A..F). */
export type Source = z.infer<typeof SourceSchema>;
/** A pointer from an item to a source, with the information grade (1..6). */
export type SourceRef = z.infer<typeof SourceRefSchema>;
/** Something that happened: a meeting, summit, forum, call, military action. */
export type Event = z.infer<typeof EventSchema>;
/** Something an actor said: a threat, offer, rejection… */
export type Statement = z.infer<typeof StatementSchema>;
/** How one item answers or continues another. */
export type Relation = z.infer<typeof RelationSchema>;
/** An estimative judgment with likelihood and confidence. */
export type Judgment = z.infer<typeof JudgmentSchema>;
/** The briefing settings of a chronicle. */
export type Briefing = z.infer<typeof BriefingSchema>;
export type Location = z.infer<typeof LocationSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Condition = z.infer<typeof ConditionSchema>;
export type Coding = z.infer<typeof CodingSchema>;
/** A picture, video or page illustrating an item. */
export type Media = z.infer<typeof MediaSchema>;
/** A named stretch of time drawn behind the timeline (a TimelineJS era). */
export type ChroniclePeriod = z.infer<typeof PeriodSchema>;
/** A whole chronicle document, as written by the analyst. */
export type Chronicle = z.infer<typeof ChronicleSchema>;
/** A date as written: an EDTF string (or a bare year number from YAML). */
export type DateValue = Event["date"];
/** A statement or an event: the things drawn on a timeline. */
export type Item = ({ type: "statement" } & Statement) | ({ type: "event" } & Event);
