import { describe, expect, test } from "vitest";
import { decodeHash, emptyFilter, encodeHash, type ViewState } from "./state.js";

const base = (): ViewState => ({
  domain: null,
  laneBy: "speaker",
  filter: emptyFilter(),
  selected: null,
  view: "timeline",
});

describe("deep links", () => {
  test("encodeHash(defaults) is empty, so a plain page has a plain address", () => {
    expect(encodeHash(base())).toBe("");
  });

  test("encodeHash then decodeHash restores range, lanes, filters, selection and view", () => {
    const state: ViewState = {
      domain: [Date.UTC(2025, 8, 1), Date.UTC(2025, 8, 8, 12)],
      laneBy: "kind",
      filter: {
        kinds: ["threat", "offer"],
        actors: ["putin"],
        status: ["disputed"],
        from: "2025-09",
        to: "2025-09-30",
        text: "Moscow venue",
      },
      selected: "moscow-offer",
      view: "table",
    };
    const hash = encodeHash(state);
    expect(hash).toContain("range=2025-09-01T00:00:00Z/2025-09-08T12:00:00Z");
    expect(hash).toContain("kinds=threat,offer");
    expect(decodeHash(`#${hash}`)).toEqual(state);
  });

  test("decodeHash ignores what it cannot read", () => {
    const state = decodeHash("#range=yesterday/today&lanes=sideways&sel=&junk=1");
    expect(state.domain).toBeUndefined();
    expect(state.laneBy).toBeUndefined();
    expect(state.selected).toBeUndefined();
    expect(state.filter).toEqual(emptyFilter());
  });

  test("decodeHash rejects a range that ends before it starts", () => {
    expect(decodeHash("#range=2025-09-08T00:00:00Z/2025-09-01T00:00:00Z").domain).toBeUndefined();
  });

  test("lanes=group round-trips, and a page that opens by group writes lanes=speaker when that is chosen", () => {
    expect(decodeHash(`#${encodeHash({ ...base(), laneBy: "group" })}`).laneBy).toBe("group");
    expect(encodeHash({ ...base(), laneBy: "group" }, "group")).toBe("");
    expect(encodeHash(base(), "group")).toBe("lanes=speaker");
  });
});
