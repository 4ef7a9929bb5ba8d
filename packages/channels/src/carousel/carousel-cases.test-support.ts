// Test support for the carousel compiler tests: cards built to an exact size, and the N / N+1 table runner.
import type { CarouselButton, CarouselCard, LimitViolation, MessageOf, Result } from "@switchboard/core";

export type Carousel = MessageOf<"carousel">;

/** `n` characters of ASCII. */
export const ascii = (n: number, letter = "a") => letter.repeat(Math.max(0, n));

export const link = (title = "Shop", url = "https://shop.example/p"): CarouselButton => ({
  type: "url",
  title,
  url,
});
export const reply = (id: string, title = "Buy"): CarouselButton => ({ type: "reply", id, title });

/** A card with an image and one link button: the shape every channel shows natively. */
export function card(patch: Partial<CarouselCard> = {}, index = 0): CarouselCard {
  return {
    title: `Card ${index + 1}`,
    subtitle: "Soft and light",
    image: { url: `https://shop.example/${index + 1}.jpg` },
    buttons: [link()],
    ...patch,
  };
}

/** `count` cards like `card()`, then `patch` on the first. */
export function carousel(
  count: number,
  patch: Partial<Carousel> = {},
  first: Partial<CarouselCard> = {},
): Carousel {
  const cards = Array.from({ length: count }, (_, i) => card(i === 0 ? first : {}, i));
  return { kind: "carousel", body: "Our picks", cards, ...patch };
}

export function violationsOf(result: Result<unknown, LimitViolation[]>): LimitViolation[] {
  return result.ok ? [] : result.error;
}

export function rulesOf(result: Result<unknown, LimitViolation[]>): string[] {
  return violationsOf(result).map((v) => `${v.path} ${v.rule}`);
}
