import { describe, expect, it } from "vitest";
import type { InboundContent } from "@switchboard/core";
import { matchReply } from "./match-reply.js";
import { normalizeReply } from "./normalize-reply.js";

const options = [
  { id: "c1", title: "Taipei 101" },
  { id: "c2", title: "Café Xinyi" },
  { id: "c3", title: "台中 中友" },
];
const text = (t: string): InboundContent => ({ kind: "text", text: t });

describe("matchReply", () => {
  it("matches a tap by option id, whatever its title", () => {
    expect(matchReply(options, { kind: "choice_reply", via: "list", optionId: "c2", title: "x" })?.id).toBe(
      "c2",
    );
    expect(
      matchReply(options, { kind: "choice_reply", via: "list", optionId: "zz", title: "Taipei 101" }),
    ).toBe(undefined);
  });

  it("matches typed numbers, half- and full-width", () => {
    expect(matchReply(options, text("2"))?.id).toBe("c2");
    expect(matchReply(options, text("２"))?.id).toBe("c2");
    expect(matchReply(options, text(" ３ "))?.id).toBe("c3");
    expect(matchReply(options, text("4"))).toBe(undefined);
    expect(matchReply(options, text("0"))).toBe(undefined);
  });

  it("matches titles case-, width- and accent-insensitively", () => {
    expect(matchReply(options, text("CAFÉ XINYI"))?.id).toBe("c2");
    expect(matchReply(options, text("cafe xinyi"))?.id).toBe("c2");
    expect(matchReply(options, text("Ｔａｉｐｅｉ　１０１"))?.id).toBe("c1");
    expect(matchReply(options, text("  taipei   101 "))?.id).toBe("c1");
    expect(matchReply(options, text("台中 中友"))?.id).toBe("c3");
    expect(matchReply(options, text("Taipei"))).toBe(undefined);
  });

  it("ignores content that is neither text nor a tap", () => {
    expect(matchReply(options, { kind: "location", latitude: 25, longitude: 121 })).toBe(undefined);
  });
});

describe("normalizeReply", () => {
  it("folds width, accents and case but keeps Japanese voicing marks", () => {
    expect(normalizeReply("Ｔａｉｐｅｉ")).toBe("taipei");
    expect(normalizeReply("CAFÉ")).toBe(normalizeReply("cafe"));
    expect(normalizeReply("Crème Brûlée")).toBe("creme brulee");
    expect(normalizeReply("が")).not.toBe(normalizeReply("か"));
  });
});
