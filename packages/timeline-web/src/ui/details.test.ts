import { describe, expect, test } from "vitest";
import { imageUrlOf } from "./details.js";

describe("imageUrlOf", () => {
  test("imageUrlOf(media) is the url of an image file, or the thumbnail, and null for other media", () => {
    expect(imageUrlOf({ url: "https://example.org/a/pad.JPG?w=200" })).toBe("https://example.org/a/pad.JPG?w=200");
    expect(imageUrlOf({ url: "https://youtu.be/lIvftGgps24" })).toBeNull();
    expect(imageUrlOf({ url: "https://youtu.be/x", thumbnail: "https://img.example.org/x.png" })).toBe(
      "https://img.example.org/x.png",
    );
  });

  test("imageUrlOf(media) never returns a javascript:, data: or relative address", () => {
    expect(imageUrlOf({ url: "javascript:alert(1)//.png" })).toBeNull();
    expect(imageUrlOf({ url: "data:image/png;base64,AAAA" })).toBeNull();
    expect(imageUrlOf({ url: "pad.png" })).toBeNull();
    expect(imageUrlOf({ url: "<blockquote>a.png</blockquote>" })).toBeNull();
    expect(imageUrlOf({ url: "https://example.org/a.png", thumbnail: "javascript:x" })).toBe(
      "https://example.org/a.png",
    );
  });
});
