import { describe, expect, it } from "vitest";
import { fieldForPath, groupByField, normalizePath, placeProblems } from "./violation-path";

describe("normalizePath", () => {
  it("turns dotted and slashed request paths into the message's own spelling", () => {
    expect(normalizePath("message.sections.0.options.2.title")).toBe("sections[0].options[2].title");
    expect(normalizePath("/message/body")).toBe("body");
    expect(normalizePath("sections[0].options[2].title")).toBe("sections[0].options[2].title");
    expect(normalizePath("message")).toBe("");
  });
});

describe("fieldForPath", () => {
  it("maps text and body to the main input", () => {
    expect(fieldForPath("text")).toBe("text");
    expect(fieldForPath("body")).toBe("text");
    expect(fieldForPath("message.body")).toBe("text");
  });

  it("maps an option's field to its editor row", () => {
    expect(fieldForPath("sections[0].options[2].title")).toBe("option.2.title");
    expect(fieldForPath("sections[0].options[1].description")).toBe("option.1.description");
    expect(fieldForPath("sections[0].options[0].id")).toBe("option.0.id");
    expect(fieldForPath("sections[0].options[3]")).toBe("option.3");
  });

  it("follows skipped blank rows", () => {
    expect(fieldForPath("sections[0].options[1].title", [0, 2, 3])).toBe("option.2.title");
  });

  it("maps list-wide problems to the options, and the list button and style to theirs", () => {
    expect(fieldForPath("sections")).toBe("options");
    expect(fieldForPath("sections[0].options")).toBe("options");
    expect(fieldForPath("sections[1].options[0].title")).toBe("options");
    expect(fieldForPath("listButton")).toBe("listButton");
    expect(fieldForPath("style")).toBe("style");
  });

  it("maps media, product and header paths to their inputs, a caption to the main input", () => {
    expect(fieldForPath("caption")).toBe("text");
    expect(fieldForPath("mediaType")).toBe("mediaType");
    expect(fieldForPath("source.url")).toBe("source");
    expect(fieldForPath("message.source.url")).toBe("source");
    expect(fieldForPath("filename")).toBe("filename");
    expect(fieldForPath("catalogId")).toBe("catalogId");
    expect(fieldForPath("productId")).toBe("productId");
    expect(fieldForPath("footer")).toBe("footer");
    expect(fieldForPath("header.source")).toBe("header");
    expect(fieldForPath("header")).toBe("header");
  });

  it("puts anything else above the send button", () => {
    expect(fieldForPath("kind")).toBe("general");
    expect(fieldForPath("fallback")).toBe("general");
    expect(fieldForPath("sourceUrl")).toBe("general");
    expect(fieldForPath("")).toBe("general");
  });
});

describe("groupByField", () => {
  it("keeps every problem, grouped by field in arrival order", () => {
    const problems = [
      { path: "sections[0].options[0].title", message: "a" },
      { path: "body", message: "b" },
      { path: "sections[0].options[0].title", message: "c" },
      { path: "kind", message: "d" },
    ];
    const groups = groupByField(problems);
    expect(groups.get("option.0.title")?.map((p) => p.message)).toEqual(["a", "c"]);
    expect(groups.get("text")?.map((p) => p.message)).toEqual(["b"]);
    expect(groups.get("general")?.map((p) => p.message)).toEqual(["d"]);
  });
});

describe("placeProblems", () => {
  it("moves problems of hidden fields above the send button", () => {
    const groups = groupByField([
      { path: "listButton", message: "a" },
      { path: "footer", message: "b" },
      { path: "body", message: "c" },
    ]);
    const placed = placeProblems(groups, (key) => key === "text");
    expect(placed.get("general")?.map((p) => p.message)).toEqual(["a", "b"]);
    expect(placed.get("text")?.map((p) => p.message)).toEqual(["c"]);
  });
});
