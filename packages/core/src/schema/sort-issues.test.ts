import { describe, expect, it } from "vitest";
import { error, type Issue } from "./issue.js";
import { sortIssues } from "./sort-issues.js";

describe("sortIssues", () => {
  it("sortIssues(placed issues) orders them by line, then column", () => {
    const at = (line: number, column: number): Issue => ({ ...error("x", [], `${line}:${column}`), line, column });
    expect(sortIssues([at(9, 3), at(2, 7), at(9, 1)]).map((i) => i.message)).toEqual(["2:7", "9:1", "9:3"]);
  });

  it("sortIssues(issues, data) orders unplaced issues as the fields are written in data", () => {
    const data = { title: "t", statements: [{ id: "a", date: "x" }, { id: "b" }], actors: [] };
    const issues = [
      error("c", ["actors", 0], "m"),
      error("b", ["statements", 1, "id"], "m"),
      error("a2", ["statements", 0, "date"], "m"),
      error("a1", ["statements", 0, "id"], "m"),
    ];
    expect(sortIssues(issues, data).map((i) => i.code)).toEqual(["a1", "a2", "b", "c"]);
  });

  it("sortIssues keeps the order of issues at one place and does not mutate its input", () => {
    const issues = [
      error("second", ["title"], "m"),
      error("first", ["briefline"], "m"),
      error("third", ["title"], "m"),
    ];
    const before = [...issues];
    expect(sortIssues(issues, { briefline: 2, title: 1 }).map((i) => i.code)).toEqual(["first", "second", "third"]);
    expect(issues).toEqual(before);
  });
});
