/** The "Send location" picker: preset store locations or any coordinates, name and address. */
import type { CustomerMessage } from "./api.js";
import { button, el } from "./element.js";
import { openSheet } from "./sheet.js";

export interface LocationPreset {
  label: string;
  latitude: number;
  longitude: number;
  name: string;
  address: string;
}

/** A few places a shopper might share: near stores, and a bare pin without name or address. */
export const LOCATION_PRESETS: readonly LocationPreset[] = [
  {
    label: "Downtown store",
    latitude: 37.7936,
    longitude: -122.395,
    name: "Downtown store",
    address: "1 Market St, San Francisco, CA 94105",
  },
  {
    label: "Xinyi store",
    latitude: 25.0339,
    longitude: 121.5645,
    name: "Xinyi store",
    address: "No. 7, Sec. 5, Xinyi Rd, Taipei 110",
  },
  {
    label: "Soho store",
    latitude: 51.5131,
    longitude: -0.139,
    name: "Soho store",
    address: "10 Carnaby St, London W1F 9PB",
  },
  { label: "Pin only (home)", latitude: 25.0418, longitude: 121.5436, name: "", address: "" },
];

/** Opens the picker; the location is sent only when the person presses "Send location". */
export function openLocationPicker(
  contextId: string | undefined,
  send: (message: CustomerMessage) => void,
): void {
  const latitude = numberInput("location-latitude", "-90", "90", "0.000001");
  const longitude = numberInput("location-longitude", "-180", "180", "0.000001");
  const name = el("input", { type: "text", "data-testid": "location-name", autocomplete: "off" });
  const address = el("input", { type: "text", "data-testid": "location-address", autocomplete: "off" });
  const fill = (preset: LocationPreset) => {
    latitude.value = String(preset.latitude);
    longitude.value = String(preset.longitude);
    name.value = preset.name;
    address.value = preset.address;
  };
  const first = LOCATION_PRESETS[0];
  if (first !== undefined) fill(first);
  const presets = el(
    "div",
    { class: "location-picker__presets", role: "group", "aria-label": "Places" },
    ...LOCATION_PRESETS.map((preset) =>
      button(preset.label, { class: "chip", "data-testid": "location-preset" }, () => fill(preset)),
    ),
  );
  const form = el(
    "form",
    { class: "location-picker", "data-testid": "location-picker", novalidate: "" },
    presets,
    field("Latitude", latitude),
    field("Longitude", longitude),
    field("Name (optional)", name),
    field("Address (optional)", address),
    el(
      "button",
      { type: "submit", class: "primary-button", "data-testid": "location-send" },
      "Send location",
    ),
  );
  const sheet = openSheet({ title: "Send location", testid: "location-sheet", content: form });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const lat = Number(latitude.value);
    const lng = Number(longitude.value);
    const valid =
      latitude.value !== "" && longitude.value !== "" && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
    latitude.setAttribute("aria-invalid", String(!valid));
    longitude.setAttribute("aria-invalid", String(!valid));
    if (!valid || !Number.isFinite(lat) || !Number.isFinite(lng)) return;
    sheet.close();
    send({
      type: "location",
      latitude: lat,
      longitude: lng,
      ...(name.value.trim() !== "" ? { name: name.value.trim() } : {}),
      ...(address.value.trim() !== "" ? { address: address.value.trim() } : {}),
      ...(contextId !== undefined ? { contextId } : {}),
    });
  });
}

function numberInput(testid: string, min: string, max: string, step: string): HTMLInputElement {
  return el("input", {
    type: "number",
    "data-testid": testid,
    min,
    max,
    step,
    required: "",
    inputmode: "decimal",
  });
}

function field(label: string, input: HTMLInputElement): HTMLLabelElement {
  return el("label", { class: "field" }, el("span", { class: "field__label" }, label), input);
}
