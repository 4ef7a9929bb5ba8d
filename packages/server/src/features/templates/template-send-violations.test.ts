import { describe, expect, it } from "vitest";
import { storedTemplate } from "./template.test-support.js";
import { templateSendViolations, type TemplateMessage } from "./template-send-violations.js";

const message = (patch: Partial<TemplateMessage> = {}): TemplateMessage => ({
  kind: "template",
  name: "order_update",
  language: "en_US",
  body: [
    { type: "text", text: "Mei" },
    { type: "text", text: "A-2002" },
  ],
  ...patch,
});

describe("templateSendViolations", () => {
  it("lets a message that fits an approved template through", () => {
    expect(templateSendViolations(storedTemplate(), message())).toEqual([]);
  });

  it("names a template the account does not hold", () => {
    expect(templateSendViolations(undefined, message({ name: "spring_sale" }))).toEqual([
      {
        path: "name",
        rule: "template_unknown",
        message:
          'name: the channel account has no template "spring_sale" (en_US); create it and wait for WhatsApp to approve it',
      },
    ]);
  });

  it.each(["PENDING", "PAUSED", "DISABLED", "draft"])(
    "refuses a %s template, saying its status",
    (status) => {
      const [violation] = templateSendViolations(storedTemplate({ status }), message());
      expect(violation).toMatchObject({ path: "name", rule: "template_not_approved" });
      expect(violation?.message).toContain(`is ${status};`);
    },
  );

  it("gives Meta's reason with a rejected template", () => {
    const template = storedTemplate({ status: "REJECTED", statusReason: "INVALID_FORMAT: Fix the body." });
    expect(templateSendViolations(template, message())[0]?.message).toBe(
      'name: template "order_update" (en_US) is REJECTED (INVALID_FORMAT: Fix the body.); WhatsApp sends only APPROVED templates',
    );
  });

  it("reports parameters that do not fit the approved template, with their path", () => {
    const violations = templateSendViolations(
      storedTemplate(),
      message({ body: [{ type: "text", text: "Mei" }] }),
    );
    expect(violations.map((v) => [v.path, v.rule])).toEqual([["body", "parameter_count"]]);
  });
});
