import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Chronicle } from "../model/types.js";
import {
  chronicleFromTimelineJs,
  chronicleToTimelineJs,
  type TimelineJsDate,
  type TimelineJsDocument,
} from "./timelinejs.js";

// TimelineJS3's own example files (origin, commit and licence in test-fixtures/timelinejs/README.md).
const fixture = (name: string): TimelineJsDocument =>
  JSON.parse(readFileSync(new URL(`../../test-fixtures/timelinejs/${name}`, import.meta.url), "utf8"));

function load(doc: unknown): Chronicle {
  const result = chronicleFromTimelineJs(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.chronicle;
}

const FIELDS = ["year", "month", "day", "hour", "minute", "second", "millisecond"] as const;
/** A date's given fields as numbers: old files write "1851" and leave the rest "". */
function dateOf(d: TimelineJsDate | undefined): number[] {
  const out: number[] = [];
  for (const f of FIELDS) {
    const v = d?.[f];
    if (v === undefined || v === null || String(v).trim() === "") break;
    out.push(Number(v));
  }
  return out;
}
const dates = (d: TimelineJsDocument) => d.events.map((e) => [dateOf(e.start_date), dateOf(e.end_date)]);
const mediaUrls = (d: TimelineJsDocument) =>
  d.events
    .map((e) => e.media?.url)
    .filter(Boolean)
    .sort();
const backgrounds = (d: TimelineJsDocument) =>
  d.events
    .map((e) => e.background?.url)
    .filter(Boolean)
    .sort();
const links = (d: TimelineJsDocument) =>
  d.events.flatMap((e) => [...(e.text?.text ?? "").matchAll(/<a [^>]*href=["']([^"']*)["']/g)].map((m) => m[1]));
const groups = (d: TimelineJsDocument) => d.events.map((e) => e.group || undefined);

// What each file holds, counted by hand from the file, and so what a round trip must keep.
// titleMedia: the title slide's media (media_types.json's title has one with an empty url).
const FILES = [
  { file: "eras.json", slides: 20, media: 19, backgrounds: 7, eras: 4, links: 0, grouped: false, titleMedia: 0 },
  { file: "group_sample.json", slides: 7, media: 0, backgrounds: 0, eras: 0, links: 0, grouped: true, titleMedia: 0 },
  { file: "groups_test_2.json", slides: 8, media: 7, backgrounds: 0, eras: 0, links: 2, grouped: true, titleMedia: 1 },
  { file: "years.json", slides: 5, media: 5, backgrounds: 0, eras: 0, links: 0, grouped: false, titleMedia: 0 },
  { file: "milliseconds.json", slides: 5, media: 0, backgrounds: 0, eras: 0, links: 0, grouped: false, titleMedia: 0 },
  { file: "media_types.json", slides: 21, media: 19, backgrounds: 4, eras: 0, links: 1, grouped: false, titleMedia: 0 },
];
/** The title slide's media and background addresses. */
const titleUrls = (d: TimelineJsDocument) => [d.title?.media?.url, d.title?.background?.url].filter(Boolean);

describe("TimelineJS round trips over TimelineJS3's example files", () => {
  for (const f of FILES) {
    it(`${f.file}: slides, dates, media, backgrounds, eras, groups and text links survive import and export`, () => {
      const doc = fixture(f.file);
      const chronicle = load(doc);
      const out = chronicleToTimelineJs(chronicle);
      expect(doc.events).toHaveLength(f.slides);
      expect(chronicle.events).toHaveLength(f.slides);
      expect(out.events).toHaveLength(f.slides);
      // Slides go out in date order; these files are in date order already.
      expect(dates(out)).toEqual(dates(doc));
      expect(mediaUrls(doc)).toHaveLength(f.media);
      expect(mediaUrls(out)).toEqual(mediaUrls(doc));
      expect(backgrounds(doc)).toHaveLength(f.backgrounds);
      expect(backgrounds(out)).toEqual(backgrounds(doc));
      expect(out.eras ?? []).toHaveLength(f.eras);
      expect(links(doc)).toHaveLength(f.links);
      expect(links(out)).toEqual(links(doc));
      if (f.grouped) expect(groups(out)).toEqual(groups(doc));
      expect(titleUrls(doc)).toHaveLength(f.titleMedia);
      expect(titleUrls(out)).toEqual(titleUrls(doc));
      // A second round trip changes nothing more.
      expect(chronicleToTimelineJs(load(out))).toEqual(out);
    });
  }

  it("groups_test_2.json: captions and credits with accents come through, a blockquote stays the media", () => {
    const out = chronicleToTimelineJs(load(fixture("groups_test_2.json")));
    expect(out.events[2]?.media).toMatchObject({ caption: "<p>Le portrait mystérieux</p>", credit: "Georges Méliès" });
    expect(out.events[6]?.media?.url).toMatch(/^<blockquote><p>You have brains/);
    expect(out.events[6]?.end_date).toEqual({ year: 1955 });
  });

  it("groups_test_2.json: the title slide's picture (Méliès' moon) is the chronicle's media and goes back on the title slide", () => {
    const doc = fixture("groups_test_2.json");
    const chronicle = load(doc);
    expect(chronicle.media).toEqual([{ url: doc.title?.media?.url }]);
    expect(chronicle.media?.[0]?.url).toMatch(/voyage-dans-la-lune-1902/);
    expect(chronicleToTimelineJs(chronicle).title?.media).toEqual({ url: doc.title?.media?.url });
  });

  it("years.json: years before 1 CE stay negative years, as EDTF on the way through", () => {
    const chronicle = load(fixture("years.json"));
    expect(chronicle.events?.map((e) => e.date)).toEqual(["-5410", "-2520", "-2010", "-1450", "-0258"]);
  });

  it("milliseconds.json: five slides within one second keep their milliseconds", () => {
    const out = chronicleToTimelineJs(load(fixture("milliseconds.json")));
    expect(out.events.map((e) => e.start_date.millisecond)).toEqual([1, 10, 30, 50, 60]);
  });

  it("cosmological.json: years of billions are refused slide by slide, each with its year and the reason", () => {
    const result = chronicleFromTimelineJs(fixture("cosmological.json"));
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    // Five slides in billions of years are refused at their year; "Today" (year 0) is not.
    expect(errors.map((e) => e.path.join("."))).toEqual([0, 1, 2, 3, 4].map((i) => `events.${i}.start_date.year`));
    expect(errors[0]?.message).toBe(
      "the year -13798000000 is beyond ±9999, which Briefline's dates (JavaScript time) do not reach",
    );
  });
});
