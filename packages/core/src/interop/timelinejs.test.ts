import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Chronicle } from "../model/types.js";
import { chronicleFromTimelineJs, chronicleToTimelineJs, type TimelineJsDocument } from "./timelinejs.js";

const fixture = (name: string): TimelineJsDocument =>
  JSON.parse(readFileSync(new URL(`../../test-fixtures/timelinejs/${name}`, import.meta.url), "utf8"));

function load(doc: unknown): Chronicle {
  const result = chronicleFromTimelineJs(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.chronicle;
}

const slide = (extra: object) => ({ events: [{ start_date: { year: 2025 }, text: { headline: "h" }, ...extra }] });

describe("TimelineJS round trips over TimelineJS3's own examples", () => {
  it("eras.json: every slide, media url, background image and era survives import and export", () => {
    const doc = fixture("eras.json");
    const chronicle = load(doc);
    expect(chronicle.events).toHaveLength(20);
    expect(chronicle.periods?.map((p) => p.title)).toEqual(doc.eras?.map((e) => e.text?.headline));
    expect(chronicle.periods?.[3]?.date).toBe("0618-06-18/0907-06-01");
    const out = chronicleToTimelineJs(chronicle);
    const urls = (d: TimelineJsDocument) =>
      d.events
        .map((e) => e.media?.url)
        .filter(Boolean)
        .sort();
    const backgrounds = (d: TimelineJsDocument) =>
      d.events
        .map((e) => e.background?.url)
        .filter(Boolean)
        .sort();
    expect(urls(doc)).toHaveLength(19);
    expect(urls(out)).toEqual(urls(doc));
    expect(backgrounds(doc)).toHaveLength(7);
    expect(backgrounds(out)).toEqual(backgrounds(doc));
    expect(out.eras).toHaveLength(4);
    expect(out.eras?.[3]).toMatchObject({
      start_date: { year: 618, month: 6, day: 18 },
      end_date: { year: 907, month: 6, day: 1 },
    });
    expect(out.events.filter((e) => e.background?.opacity === "50")).toHaveLength(3);
    // A second round trip changes nothing more.
    expect(chronicleToTimelineJs(load(out))).toEqual(out);
  });

  it("group_sample.json: groups go out as they came in, with minutes", () => {
    const doc = fixture("group_sample.json");
    const out = chronicleToTimelineJs(load(doc));
    expect(out.events.map((e) => e.group)).toEqual(doc.events.map((e) => e.group));
    expect(out.events[0]?.start_date).toEqual({ year: 2016, month: 11, day: 13, hour: 9, minute: 30 });
    expect(out.title?.text?.text).toBe("<p>Demo of groups and actions</p>");
  });
});

describe("chronicleFromTimelineJs", () => {
  it("keeps HTML text as Markdown with its links, and decodes named entities", () => {
    const c = load(
      slide({
        text: {
          headline: "Trump warns <em>North Korea</em><b>.</b>",
          text: "<p>He said &ldquo;fire and fury&rdquo; &mdash; see <a href='https://example.org/a?x=1&amp;y=2'>the <i>transcript</i></a>.</p><p>It&rsquo;s <strong>new</strong>.</p>",
        },
      }),
    );
    const [e] = c.events ?? [];
    expect(e?.title).toBe("Trump warns North Korea.");
    expect(e?.summary).toBe(
      "He said “fire and fury” — see [the transcript](https://example.org/a?x=1&y=2).\n\nIt’s **new**.",
    );
    const back = chronicleToTimelineJs(c).events[0]?.text?.text;
    expect(back).toContain('<a href="https://example.org/a?x=1&#38;y=2">the transcript</a>');
    expect(back).toContain("<strong>new</strong>");
  });

  it("keeps seconds, and years before 1 CE in EDTF's form", () => {
    const c = load({
      events: [
        { start_date: { year: 2016, month: 11, day: 13, hour: 9, minute: 30, second: 15 }, text: { headline: "s" } },
        { start_date: { year: -300 }, end_date: { year: -50 }, text: { headline: "bce" } },
      ],
    });
    expect(c.events?.map((e) => e.date)).toEqual(["2016-11-13T09:30:15", "-0300/-0050"]);
    const out = chronicleToTimelineJs(c);
    expect(out.events.map((e) => e.start_date)).toEqual([
      { year: -300 },
      { year: 2016, month: 11, day: 13, hour: 9, minute: 30, second: 15 },
    ]);
    expect(out.events[0]?.end_date).toEqual({ year: -50 });
    expect(out.events[0]?.display_date).toBe("301 BCE – 51 BCE");
  });

  it("refuses a year past 9999 with the reason, at its path", () => {
    const result = chronicleFromTimelineJs({
      events: [{ start_date: { year: -13800000000 }, text: { headline: "big bang" } }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ path: ["events", 0, "start_date", "year"] });
    expect(result.errors[0]?.message).toContain("beyond ±9999");
  });

  it("keeps media caption, credit and thumbnail", () => {
    const c = load(
      slide({
        media: {
          url: "https://example.org/p.jpg",
          caption: "A <i>map</i>",
          credit: "AP",
          thumbnail: "https://example.org/t.jpg",
        },
      }),
    );
    expect(c.events?.[0]?.media).toEqual([
      { url: "https://example.org/p.jpg", caption: "A _map_", credit: "AP", thumbnail: "https://example.org/t.jpg" },
    ]);
    expect(chronicleToTimelineJs(c).events[0]?.media).toEqual({
      url: "https://example.org/p.jpg",
      caption: "<p>A <em>map</em></p>",
      credit: "AP",
      thumbnail: "https://example.org/t.jpg",
    });
  });

  it("keeps the title slide's media and background image as the chronicle's media", () => {
    const doc = {
      title: {
        text: { headline: "Kabul, August 2021" },
        media: { url: "https://example.org/cover.jpg", caption: "The <b>airport</b>", credit: "Reuters" },
        background: { url: "https://example.org/bg.jpg" },
      },
      events: [{ start_date: { year: 2021, month: 8, day: 15 }, text: { headline: "Kabul falls" } }],
    };
    const c = load(doc);
    expect(c.media).toEqual([
      { url: "https://example.org/cover.jpg", caption: "The **airport**", credit: "Reuters" },
      { url: "https://example.org/bg.jpg", role: "background" },
    ]);
    expect(c.events?.[0]?.media).toBeUndefined();
    const out = chronicleToTimelineJs(c);
    expect(out.title).toMatchObject({
      media: {
        url: "https://example.org/cover.jpg",
        caption: "<p>The <strong>airport</strong></p>",
        credit: "Reuters",
      },
      background: { url: "https://example.org/bg.jpg" },
    });
    expect(load(out).media).toEqual(c.media);
  });
});

describe("chronicleToTimelineJs", () => {
  const chronicle: Chronicle = {
    briefline: 1,
    title: "t",
    actors: [{ id: "putin", name: "Vladimir Putin", type: "person" }],
    sources: [{ id: "wire", title: "Wire story", publisher: "Example Wire", url: "https://example.org/w" }],
    statements: [
      {
        id: "s",
        kind: "threat",
        speaker: "putin",
        date: "../2025-09-05",
        summary: "Warns.",
        sources: [{ source: "wire" }],
      },
      { id: "m", kind: "offer", speaker: "putin", date: "2025-09~", summary: "Offers." },
    ],
  };

  it("writes display_date in words, not as EDTF", () => {
    const out = chronicleToTimelineJs(chronicle);
    expect(out.events.map((e) => e.display_date)).toEqual(["until 5 September 2025", "about September 2025"]);
  });

  it("writes sources as credits that an import reads back as sources", () => {
    const out = chronicleToTimelineJs(chronicle);
    expect(out.events[0]?.text?.text).toContain('Sources: <a href="https://example.org/w">Example Wire</a>');
    const back = load(out);
    expect(back.sources).toEqual([
      { id: "example-wire", title: "Example Wire", publisher: "Example Wire", url: "https://example.org/w" },
    ]);
    expect(back.events?.[0]?.sources).toEqual([{ source: "example-wire" }]);
    expect(back.events?.[0]?.summary).toBeUndefined();
  });
});
