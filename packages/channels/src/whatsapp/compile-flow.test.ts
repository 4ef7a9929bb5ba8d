// Flow messages: limits at N and N+1, the CTA emoji rule, flow id or name, and the payloads.
import type { MessageOf } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { compileWhatsAppMessage } from "./compile-message.js";
import { type LimitCase, describeLimits, violationsOf } from "./limit-cases.test-support.js";

type Flow = MessageOf<"flow">;

const flow = (patch: Partial<Flow> = {}): Flow => ({
  kind: "flow",
  body: "Book a make-up trial in two minutes",
  flowId: "1257984578913022",
  cta: "Book now",
  ...patch,
});

const cases: LimitCase[] = [
  {
    name: "header",
    limit: 60,
    path: "header",
    rule: "max_length",
    build: (n) => flow({ header: "h".repeat(n) }),
  },
  {
    name: "body",
    limit: 1024,
    path: "body",
    rule: "max_length",
    build: (n) => flow({ body: "b".repeat(n) }),
  },
  {
    name: "footer",
    limit: 60,
    path: "footer",
    rule: "max_length",
    build: (n) => flow({ footer: "f".repeat(n) }),
  },
  { name: "cta", limit: 30, path: "cta", rule: "max_length", build: (n) => flow({ cta: "c".repeat(n) }) },
  {
    name: "cta in CJK",
    limit: 30,
    path: "cta",
    rule: "max_length",
    build: (n) => flow({ cta: "預約試妝".repeat(8).slice(0, n).padEnd(n, "妝") }),
  },
];

describeLimits("flow limits", cases, { onlyViolation: true });

describe("flow rules", () => {
  it.each(["Book 📅", "Start ✅", "👩‍👩‍👧‍👦 Family plan"])("refuses the emoji in the cta %j", (cta) => {
    expect(violationsOf(flow({ cta }))).toEqual([expect.objectContaining({ path: "cta", rule: "no_emoji" })]);
  });

  it("needs exactly one of flowId and flowName", () => {
    expect(violationsOf(flow({ flowId: undefined }))).toEqual([
      { path: "flowId", rule: "required", message: "flowId: required unless flowName is given" },
    ]);
    expect(violationsOf(flow({ flowName: "booking" }))).toEqual([
      expect.objectContaining({ path: "flowName", rule: "not_allowed" }),
    ]);
  });

  it("takes a first screen only to navigate, and data only with a screen", () => {
    expect(violationsOf(flow({ action: "data_exchange", screen: "WELCOME", data: { a: 1 } }))).toEqual([
      expect.objectContaining({ path: "screen", rule: "not_allowed" }),
      expect.objectContaining({ path: "data", rule: "not_allowed" }),
    ]);
    expect(violationsOf(flow({ data: { a: 1 } }))).toEqual([
      expect.objectContaining({ path: "screen", rule: "required" }),
    ]);
  });
});

describe("flow payload", () => {
  it("renders every parameter", () => {
    const message = flow({
      header: "Make-up trial",
      footer: "Takes 2 minutes",
      flowToken: "conv_8f2c:booking",
      mode: "draft",
      action: "navigate",
      screen: "PICK_STORE",
      data: { stores: ["taipei-101", "xinyi"] },
    });
    expect(compileWhatsAppMessage(message)).toEqual({
      ok: true,
      value: {
        type: "interactive",
        interactive: {
          type: "flow",
          header: { type: "text", text: "Make-up trial" },
          body: { text: "Book a make-up trial in two minutes" },
          footer: { text: "Takes 2 minutes" },
          action: {
            name: "flow",
            parameters: {
              flow_message_version: "3",
              flow_id: "1257984578913022",
              flow_cta: "Book now",
              flow_token: "conv_8f2c:booking",
              mode: "draft",
              flow_action: "navigate",
              flow_action_payload: { screen: "PICK_STORE", data: { stores: ["taipei-101", "xinyi"] } },
            },
          },
        },
      },
    });
  });

  it("renders a flow by name with the defaults left to WhatsApp", () => {
    const message = flow({ flowId: undefined, flowName: "feedback_2026", action: "data_exchange" });
    expect(compileWhatsAppMessage(message)).toEqual({
      ok: true,
      value: {
        type: "interactive",
        interactive: {
          type: "flow",
          body: { text: "Book a make-up trial in two minutes" },
          action: {
            name: "flow",
            parameters: {
              flow_message_version: "3",
              flow_name: "feedback_2026",
              flow_cta: "Book now",
              flow_action: "data_exchange",
            },
          },
        },
      },
    });
  });
});
