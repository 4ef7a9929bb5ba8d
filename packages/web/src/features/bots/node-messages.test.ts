import { describe, expect, it } from "vitest";
import type { ChoiceNode } from "../../api/bots-api";
import { convertMessage, mainText } from "./new-message";
import { choiceMessageOf, nodeMessages } from "./node-messages";

const choice: ChoiceNode = {
  kind: "choice",
  header: { type: "text", text: "Counters" },
  body: "Where shall we meet?",
  style: "list",
  listButton: "Choose",
  sections: [
    {
      title: "Hong Kong",
      options: [
        {
          id: "ifc",
          title: "IFC Mall",
          description: "Central",
          goTo: "times",
          addTags: ["hk"],
          removeTags: [],
        },
      ],
    },
  ],
  maxTries: 3,
  retryMessage: { kind: "text", text: "Please pick a counter." },
};

describe("choiceMessageOf", () => {
  it("is the choices message the customer receives, without go-to and tags", () => {
    expect(choiceMessageOf(choice)).toEqual({
      kind: "choices",
      header: { type: "text", text: "Counters" },
      body: "Where shall we meet?",
      style: "list",
      listButton: "Choose",
      sections: [{ title: "Hong Kong", options: [{ id: "ifc", title: "IFC Mall", description: "Central" }] }],
    });
  });

  it("carries the fallback for channels that cannot show all options", () => {
    expect(choiceMessageOf({ ...choice, fallback: "numbered_text" }).fallback).toBe("numbered_text");
    expect("fallback" in choiceMessageOf(choice)).toBe(false);
  });
});

describe("nodeMessages", () => {
  it("names where each message's fields sit in the node", () => {
    expect(nodeMessages(choice).map(({ role, base }) => [role, base])).toEqual([
      ["message", ""],
      ["retry", "retryMessage"],
    ]);
    expect(nodeMessages({ kind: "send", message: { kind: "text", text: "Hi" } })).toEqual([
      { role: "message", message: { kind: "text", text: "Hi" }, base: "message" },
    ]);
    expect(nodeMessages({ kind: "wait", durationMs: 1000 })).toEqual([]);
  });
});

describe("convertMessage", () => {
  it("keeps the words when the kind changes", () => {
    const text = { kind: "text" as const, text: "Send us your location" };
    expect(convertMessage(text, "location_request")).toEqual({
      kind: "location_request",
      body: "Send us your location",
    });
    expect(mainText(convertMessage(text, "choices"))).toBe("Send us your location");
    expect(convertMessage(text, "media")).toMatchObject({ caption: "Send us your location" });
    expect(convertMessage(text, "text")).toBe(text);
  });
});
