import { describe, expect, it } from "vitest";
import { newButtonDraft, newTemplateDraft } from "./template-draft";
import { buttonFieldsOf, isTemplateFieldShown, templateFieldOf } from "./template-fields";

describe("templateFieldOf", () => {
  it("maps identity, header, body and footer paths", () => {
    expect(templateFieldOf("name")).toBe("name");
    expect(templateFieldOf("language")).toBe("language");
    expect(templateFieldOf("header.text")).toBe("header.text");
    expect(templateFieldOf("header.format")).toBe("header");
    expect(templateFieldOf("header.example.handle")).toBe("header.handle");
    expect(templateFieldOf("header.example.url")).toBe("header.handle");
    expect(templateFieldOf("body")).toBe("body");
    expect(templateFieldOf("body.text")).toBe("body.text");
    expect(templateFieldOf("footer.text")).toBe("footer");
  });

  it("maps example paths in both spellings to their variable", () => {
    expect(templateFieldOf("body.examples[2]")).toBe("body.example.2");
    expect(templateFieldOf("body.examples.first_name")).toBe("body.example.first_name");
    expect(templateFieldOf("header.examples[1]")).toBe("header.example.1");
  });

  it("maps button paths to the row or its input", () => {
    expect(templateFieldOf("buttons")).toBe("buttons");
    expect(templateFieldOf("buttons[3].text")).toBe("button.3.text");
    expect(templateFieldOf("buttons[1].url")).toBe("button.1.url");
    expect(templateFieldOf("buttons[1].example")).toBe("button.1.example");
    expect(templateFieldOf("buttons[0].phoneNumber")).toBe("button.0.phoneNumber");
    expect(templateFieldOf("buttons[2].type")).toBe("button.2");
    expect(templateFieldOf("buttons[2]")).toBe("button.2");
  });

  it("maps authentication options and leaves unknown paths to the form", () => {
    expect(templateFieldOf("authentication.codeExpirationMinutes")).toBe(
      "authentication.codeExpirationMinutes",
    );
    expect(templateFieldOf("authentication")).toBe("authentication");
    expect(templateFieldOf("parameterFormat")).toBeUndefined();
  });
});

describe("isTemplateFieldShown", () => {
  const base = { ...newTemplateDraft(), bodyText: "Hi {{1}}" };

  it("shows examples only for variables in the text, and header inputs only for their format", () => {
    expect(isTemplateFieldShown("body.example.1", base)).toBe(true);
    expect(isTemplateFieldShown("body.example.2", base)).toBe(false);
    expect(isTemplateFieldShown("header.text", base)).toBe(false);
    expect(
      isTemplateFieldShown("header.example.1", { ...base, headerFormat: "text", headerText: "{{1}}" }),
    ).toBe(true);
    expect(isTemplateFieldShown("header.handle", { ...base, headerFormat: "video" })).toBe(true);
    expect(isTemplateFieldShown("header.handle", { ...base, headerFormat: "location" })).toBe(false);
  });

  it("shows button inputs only for existing rows and their type", () => {
    const draft = {
      ...base,
      buttons: [newButtonDraft("quick_reply"), { ...newButtonDraft("url"), url: "x/{{1}}" }],
    };
    expect(isTemplateFieldShown("button.0.text", draft)).toBe(true);
    expect(isTemplateFieldShown("button.0.url", draft)).toBe(false);
    expect(isTemplateFieldShown("button.1.example", draft)).toBe(true);
    expect(isTemplateFieldShown("button.1", draft)).toBe(true);
    expect(isTemplateFieldShown("button.2.text", draft)).toBe(false);
  });

  it("shows only identity, options and the code button in authentication templates", () => {
    const auth = { ...base, category: "authentication" as const };
    expect(isTemplateFieldShown("authentication.codeExpirationMinutes", auth)).toBe(true);
    expect(isTemplateFieldShown("button.0.text", auth)).toBe(true);
    expect(isTemplateFieldShown("body.text", auth)).toBe(false);
    expect(isTemplateFieldShown("authentication", base)).toBe(false);
  });
});

describe("buttonFieldsOf", () => {
  it("asks for the URL example only once the URL holds a variable", () => {
    expect(buttonFieldsOf({ ...newButtonDraft("url"), url: "https://shop.example" })).toEqual([
      "text",
      "url",
    ]);
    expect(buttonFieldsOf({ ...newButtonDraft("url"), url: "https://shop.example/{{1}}" })).toEqual([
      "text",
      "url",
      "example",
    ]);
    expect(buttonFieldsOf(newButtonDraft("phone_number"))).toEqual(["text", "phoneNumber"]);
  });
});
