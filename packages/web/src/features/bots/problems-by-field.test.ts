import { describe, expect, it } from "vitest";
import type { BotNode } from "../../api/bots-api";
import { nodeFieldPaths } from "./field-paths";
import { fieldOfPath, problemsByField } from "./problems-by-field";

const choice: BotNode = {
  kind: "choice",
  body: "Which counter?",
  style: "auto",
  maxTries: 3,
  sections: [
    {
      options: [
        { id: "a", title: "Counter A", addTags: [], removeTags: [] },
        { id: "b", title: "Counter B", addTags: [], removeTags: [] },
      ],
    },
  ],
};

const send: BotNode = {
  kind: "send",
  message: { kind: "choices", body: "Hi", style: "auto", sections: [{ options: [{ id: "x", title: "X" }] }] },
};

const placed = (node: BotNode, path: string) => fieldOfPath(path, new Set(nodeFieldPaths(node)));

describe("where a problem is shown", () => {
  it("is the field its path names", () => {
    expect(placed(choice, "body")).toBe("body");
    expect(placed(choice, "sections[0].options[1].title")).toBe("sections[0].options[1].title");
    expect(placed(choice, "sections[0].options[0].goTo")).toBe("sections[0].options[0].goTo");
    expect(placed(send, "message.sections[0].options[0].title")).toBe("message.sections[0].options[0].title");
    expect(placed({ kind: "go_to", module: "x" }, "module")).toBe("module");
  });

  it("finds the fields of every node kind's form", () => {
    const ask: BotNode = {
      kind: "ask",
      message: { kind: "text", text: "Your email?" },
      attribute: "email",
      validation: "email",
      maxTries: 3,
      retryMessage: { kind: "text", text: "" },
    };
    expect(placed(ask, "retryMessage.text")).toBe("retryMessage.text");
    expect(placed(ask, "onGiveUp")).toBe("onGiveUp");
    expect(placed(ask, "message.kind")).toBe("message.kind");
    const condition: BotNode = {
      kind: "condition",
      match: "all",
      rules: [{ type: "tag", tag: "", operator: "has" }],
    };
    expect(placed(condition, "rules[0].tag")).toBe("rules[0].tag");
    expect(placed(condition, "else")).toBe("else");
    const split: BotNode = { kind: "random_split", branches: [{ weight: 1, module: "x" }] };
    expect(placed(split, "branches[0].module")).toBe("branches[0].module");
    const template: BotNode = {
      kind: "send",
      message: { kind: "template", name: "", language: "en", body: [{ type: "text", text: "" }] },
    };
    expect(placed(template, "message.body[0].text")).toBe("message.body[0]");
    expect(placed(template, "message.name")).toBe("message.name");
  });

  it("climbs to the nearest shown field for deeper or list-wide paths", () => {
    expect(placed(choice, "sections[0].options")).toBe("sections[0].options");
    expect(placed(choice, "sections[3].options[0].title")).toBe("sections");
    expect(placed(send, "message.header.source.url")).toBe("message.header");
    expect(
      placed(
        { kind: "send", message: { kind: "media", mediaType: "image", source: { url: "" } } },
        "message.source.url",
      ),
    ).toBe("message.source");
  });

  it("falls back to the node as a whole", () => {
    expect(placed(choice, "")).toBe("");
    expect(placed({ kind: "handover" }, "kind")).toBe("");
    expect(placed(send, "nonsense.deep")).toBe("");
  });
});

describe("problemsByField", () => {
  it("keeps every problem, grouped by field in arrival order", () => {
    const groups = problemsByField(
      [
        { path: "body", message: "1" },
        { path: "sections[0].options[0].title", message: "2" },
        { path: "body", message: "3" },
        { path: "mystery", message: "4" },
      ],
      nodeFieldPaths(choice),
    );
    expect(groups.get("body")?.map((p) => p.message)).toEqual(["1", "3"]);
    expect(groups.get("sections[0].options[0].title")?.map((p) => p.message)).toEqual(["2"]);
    expect(groups.get("")?.map((p) => p.message)).toEqual(["4"]);
  });
});
