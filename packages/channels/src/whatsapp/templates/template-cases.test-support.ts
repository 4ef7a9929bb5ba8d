// Test support for the template tests: realistic base definitions and limit tables checked at N and N+1.
import type { LimitViolation } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import type { TemplateButton, TemplateDefinition } from "./template-definition-schema.js";
import { validateWhatsAppTemplate } from "./validate-template-definition.js";

/** An order update: positional body with two variables, a footer and one quick reply. */
export const utility = (patch: Partial<TemplateDefinition> = {}): TemplateDefinition => ({
  name: "order_update",
  language: "en_US",
  category: "utility",
  parameterFormat: "positional",
  body: {
    text: "Hi {{1}}, your order {{2}} has shipped.",
    examples: { "1": "Jessica", "2": "SKBUP2-4CPIG9" },
  },
  footer: { text: "Reply STOP to opt out" },
  buttons: [{ type: "quick_reply", text: "Track order" }],
  ...patch,
});

/** A named-parameter marketing template with an image header and a coupon. */
export const marketing = (patch: Partial<TemplateDefinition> = {}): TemplateDefinition => ({
  name: "summer_sale",
  language: "zh_TW",
  category: "marketing",
  parameterFormat: "named",
  header: { format: "image", example: { handle: "4::aW1hZ2UvanBlZw==:ARb" } },
  body: {
    text: "嗨 {{first_name}}，夏季特賣開始了！",
    examples: { first_name: "美玲" },
  },
  buttons: [
    { type: "url", text: "Shop now", url: "https://shop.example/sale?promo={{1}}", example: "summer2026" },
    { type: "copy_code", example: "25OFF" },
  ],
  ...patch,
});

/** A one-time-password template: no header, Meta's own body, one OTP button. */
export const authentication = (patch: Partial<TemplateDefinition> = {}): TemplateDefinition => ({
  name: "login_code",
  language: "en",
  category: "authentication",
  parameterFormat: "positional",
  authentication: { addSecurityRecommendation: true, codeExpirationMinutes: 10 },
  buttons: [{ type: "otp", otpType: "copy_code", text: "Copy code" }],
  ...patch,
});

export const quickReplies = (count: number): TemplateButton[] =>
  Array.from({ length: count }, (_, i) => ({ type: "quick_reply", text: `Choice ${i}` }));

export type TemplateLimitCase = {
  name: string;
  limit: number;
  path: string;
  rule: string;
  build: (n: number) => TemplateDefinition;
};

/** `build(limit)` validates cleanly; `build(limit + 1)` reports `rule` on `path` with the limit and count. */
export function describeTemplateLimits(title: string, cases: TemplateLimitCase[]): void {
  describe(title, () => {
    it.each(cases)("$name: accepts $limit", ({ limit, build }) => {
      expect(validateWhatsAppTemplate(build(limit))).toEqual([]);
    });
    it.each(cases)("$name: refuses one past $limit", ({ limit, path, rule, build }) => {
      const violations: LimitViolation[] = validateWhatsAppTemplate(build(limit + 1));
      expect(violations).toContainEqual(expect.objectContaining({ path, rule, limit, actual: limit + 1 }));
    });
  });
}

/** `[path, rule]` of each violation, for compact assertions. */
export const pathsAndRules = (violations: LimitViolation[]): [string, string][] =>
  violations.map((violation) => [violation.path, violation.rule]);
