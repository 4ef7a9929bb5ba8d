import { describe, expect, it } from "vitest";
import { en, type MessageKey } from "../../../i18n/en";
import { translate, type TextParams } from "../../../i18n/translate";
import { excerpt, nodeSummary } from "./node-summary";

const t = (key: MessageKey, params?: TextParams) => translate(en, key, params);
const names: Record<string, string> = { times: "Pick a time" };
const moduleName = (id: string) => names[id] ?? id;

describe("nodeSummary", () => {
  it("shows what a node says, or where it goes by module name", () => {
    expect(
      nodeSummary({ kind: "send", message: { kind: "text", text: "Hello\nthere" } }, moduleName, t),
    ).toBe("Hello there");
    expect(nodeSummary({ kind: "go_to", module: "times" }, moduleName, t)).toBe("Pick a time");
    expect(nodeSummary({ kind: "wait", durationMs: 5_400_000 }, moduleName, t)).toBe("90 min");
  });

  it("names the message kind when there are no words yet", () => {
    const media = {
      kind: "send" as const,
      message: { kind: "media" as const, mediaType: "image" as const, source: { url: "" } },
    };
    expect(nodeSummary(media, moduleName, t)).toBe(en["botMessage.kindMedia"]);
  });
});

describe("excerpt", () => {
  it("cuts long texts to 80 characters", () => {
    const cut = excerpt("字".repeat(100));
    expect([...cut]).toHaveLength(80);
    expect(cut.endsWith("…")).toBe(true);
  });
});
