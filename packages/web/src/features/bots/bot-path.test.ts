import { describe, expect, it } from "vitest";
import { joinPath, normalizeBotPath, parentPath, placeOfPath } from "./bot-path";

describe("normalizeBotPath", () => {
  it("reads request issues, slashed paths and the engine's own spelling alike", () => {
    expect(normalizeBotPath("body.draft.modules.1.nodes.0.message.text")).toBe(
      "modules[1].nodes[0].message.text",
    );
    expect(normalizeBotPath("/modules/2/nodes/3")).toBe("modules[2].nodes[3]");
    expect(normalizeBotPath("modules[1].nodes[0].sections[0].options[2].goTo")).toBe(
      "modules[1].nodes[0].sections[0].options[2].goTo",
    );
    expect(normalizeBotPath("body.name")).toBe("name");
  });
});

describe("placeOfPath", () => {
  it("names the module, the node and the field inside the node", () => {
    expect(placeOfPath("modules[1].nodes[0].sections[0].options[2].goTo")).toEqual({
      moduleIndex: 1,
      nodeIndex: 0,
      field: "sections[0].options[2].goTo",
    });
    expect(placeOfPath("draft.modules.0.nodes.4.message.text")).toEqual({
      moduleIndex: 0,
      nodeIndex: 4,
      field: "message.text",
    });
  });

  it("stops at the module or the bot when the path does", () => {
    expect(placeOfPath("modules[2]")).toEqual({ moduleIndex: 2, nodeIndex: null, field: "" });
    expect(placeOfPath("modules[2].name")).toEqual({ moduleIndex: 2, nodeIndex: null, field: "name" });
    expect(placeOfPath("modules[0].nodes[1]")).toEqual({ moduleIndex: 0, nodeIndex: 1, field: "" });
    expect(placeOfPath("modules")).toEqual({ moduleIndex: null, nodeIndex: null, field: "modules" });
  });
});

describe("joinPath and parentPath", () => {
  it("join with a dot except before an index", () => {
    expect(joinPath("message", "text")).toBe("message.text");
    expect(joinPath("sections", "[0]")).toBe("sections[0]");
    expect(joinPath("", "body")).toBe("body");
    expect(joinPath("retryMessage", "")).toBe("retryMessage");
  });

  it("walk up one segment at a time to the whole", () => {
    const chain: string[] = [];
    for (
      let path: string | undefined = "sections[0].options[1].title";
      path !== undefined;
      path = parentPath(path)
    )
      chain.push(path);
    expect(chain).toEqual([
      "sections[0].options[1].title",
      "sections[0].options[1]",
      "sections[0].options",
      "sections[0]",
      "sections",
      "",
    ]);
  });
});
