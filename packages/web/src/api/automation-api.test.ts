import { describe, expect, it } from "vitest";
import { createAutomationApi, refLinkQrUrl } from "./automation-api";
import { createApiClient } from "./client";

interface Call {
  method: string;
  url: string;
  body: unknown;
}

function recordingApi(answer: unknown) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const body = typeof init?.body === "string" ? JSON.parse(init.body) : undefined;
    calls.push({ method: init?.method ?? "GET", url: String(input), body });
    return new Response(JSON.stringify(answer), { status: 200 });
  };
  return { api: createAutomationApi(createApiClient({ token: "t", fetch })), calls };
}

describe("createAutomationApi", () => {
  it("calls the documented routes with the documented bodies", async () => {
    const { api, calls } = recordingApi({ items: [], rule: {}, link: {}, template: {}, ok: true });
    await api.listKeywordRules("ca 1");
    await api.updateKeywordRule("kr_1", { enabled: false });
    await api.updateAutomation("ca_1", { defaultReply: null });
    await api.createRefLink("ca_1", { name: "A", code: "X", moduleId: "m" });
    await api.deleteRefLink("rl_1");
    expect(await api.syncTemplates("ca_1")).toEqual({ items: [], skipped: [] });
    expect(calls).toEqual([
      { method: "GET", url: "/api/v1/channel-accounts/ca%201/keyword-rules", body: undefined },
      { method: "PATCH", url: "/api/v1/keyword-rules/kr_1", body: { enabled: false } },
      { method: "PATCH", url: "/api/v1/channel-accounts/ca_1/automation", body: { defaultReply: null } },
      {
        method: "POST",
        url: "/api/v1/channel-accounts/ca_1/ref-links",
        body: { name: "A", code: "X", moduleId: "m" },
      },
      { method: "DELETE", url: "/api/v1/ref-links/rl_1", body: undefined },
      { method: "POST", url: "/api/v1/channel-accounts/ca_1/templates/sync", body: undefined },
    ]);
  });

  it("reads the modules of a bot's draft", async () => {
    const modules = [{ id: "m_welcome", name: "Welcome", kind: "welcome", nodes: [] }];
    const { api } = recordingApi({ bot: { draft: { modules } } });
    expect(await api.listBotModules("b_1")).toEqual([{ id: "m_welcome", name: "Welcome", kind: "welcome" }]);
  });
});

describe("refLinkQrUrl", () => {
  it("carries the token, and asks for a download when told", () => {
    expect(refLinkQrUrl("rl 1", "svg", "a&b")).toBe("/api/v1/ref-links/rl%201/qr.svg?token=a%26b");
    expect(refLinkQrUrl("rl_1", "png", "tok", true)).toBe(
      "/api/v1/ref-links/rl_1/qr.png?download=1&token=tok",
    );
    expect(refLinkQrUrl("rl_1", "svg", null)).toBe("/api/v1/ref-links/rl_1/qr.svg");
  });
});
