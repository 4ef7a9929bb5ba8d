import { describe, expect, it } from "vitest";
import { categoryLabelOf, hasPendingTemplate, templateStatusOf } from "./template-labels";

describe("templateStatusOf", () => {
  it("names and colours WhatsApp's review states", () => {
    expect(templateStatusOf("PENDING")).toEqual({ key: "automation.statusPending", tone: "waiting" });
    expect(templateStatusOf("APPROVED")).toEqual({ key: "automation.statusApproved", tone: "ok" });
    expect(templateStatusOf("REJECTED").tone).toBe("stopped");
    expect(templateStatusOf("PAUSED").tone).toBe("stopped");
    expect(templateStatusOf("DISABLED").tone).toBe("stopped");
  });

  it("shows a state it does not know as sent, never an inherited property", () => {
    expect(templateStatusOf("IN_APPEAL")).toEqual({ key: null, tone: "draft" });
    expect(templateStatusOf("constructor")).toEqual({ key: null, tone: "draft" });
  });
});

describe("hasPendingTemplate", () => {
  it("is true only while some template is PENDING", () => {
    expect(hasPendingTemplate([{ status: "APPROVED" }, { status: "PENDING" }])).toBe(true);
    expect(hasPendingTemplate([{ status: "APPROVED" }, { status: "REJECTED" }])).toBe(false);
    expect(hasPendingTemplate([])).toBe(false);
  });
});

describe("categoryLabelOf", () => {
  it("labels known categories only", () => {
    expect(categoryLabelOf("utility")).toBe("automation.categoryUtility");
    expect(categoryLabelOf("MARKETING")).toBe("automation.categoryMarketing");
    expect(categoryLabelOf("transactional")).toBeNull();
  });
});
