/** A location bubble (business `location` message or a customer's shared location). */
import { el, externalLink } from "./element.js";
import { type Fields, num, text } from "./payload-fields.js";

export function renderLocation(location: Fields): HTMLElement {
  const latitude = num(location.latitude);
  const longitude = num(location.longitude);
  const name = text(location.name);
  const address = text(location.address);
  const coordinates =
    latitude !== undefined && longitude !== undefined
      ? `${latitude.toFixed(5)}, ${longitude.toFixed(5)}`
      : "unknown position";
  const map = el(
    "div",
    { class: "location-card__map", "aria-hidden": "true" },
    el("span", { class: "location-card__pin" }, "📍"),
  );
  const mapUrl =
    latitude !== undefined && longitude !== undefined
      ? `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=16/${latitude}/${longitude}`
      : undefined;
  return el(
    "div",
    { class: "location-card", "data-testid": "location-card" },
    mapUrl === undefined
      ? map
      : externalLink(mapUrl, { class: "location-card__link", title: "Open map" }, map),
    el(
      "div",
      { class: "location-card__text" },
      name !== undefined && name !== "" && el("strong", {}, name),
      address !== undefined && address !== "" && el("span", {}, address),
      el("span", { class: "location-card__coordinates" }, coordinates),
    ),
  );
}

/** "📍 Name" or "📍 Location", for quotes. */
export function locationSummary(location: Fields): string {
  return `📍 ${text(location.name) ?? text(location.address) ?? "Location"}`;
}
