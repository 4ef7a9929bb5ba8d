import { describe, expect, it } from "vitest";
import { ThreadState } from "./thread-state.js";
import type { WidgetItem } from "./widget-types.js";

const out = (id: string, at: number, status = "accepted"): WidgetItem => ({
  id,
  direction: "out",
  providerId: `wc_${id}`,
  status,
  at,
  message: { type: "text", text: id },
});

describe("ThreadState", () => {
  it("keeps items in time order and replaces a changed one", () => {
    const state = new ThreadState();
    state.upsert(out("b", 2));
    state.upsert(out("a", 1));
    state.upsert({ ...out("b", 2), status: "read" });
    expect(state.items().map((i) => `${i.id}:${i.status}`)).toEqual(["a:accepted", "b:read"]);
  });

  it("drops the visitor's pending message once the server echoes it", () => {
    const state = new ThreadState();
    state.addPending("p1", "hi");
    state.addPending("p2", "there");
    state.upsert({
      id: "x",
      direction: "in",
      providerId: null,
      status: "received",
      at: 1,
      message: { type: "text", text: "hi" },
    });
    expect(state.pending().map((p) => p.text)).toEqual(["there"]);
  });

  it("reports each message once as delivered and once more as read", () => {
    const state = new ThreadState();
    state.upsert(out("a", 1));
    state.upsert(out("b", 2, "read"));
    expect(state.toReport("delivered")).toEqual(["wc_a"]);
    expect(state.toReport("delivered")).toEqual([]);
    expect(state.toReport("read")).toEqual(["wc_a"]);
    expect(state.toReport("read")).toEqual([]);
  });
});
