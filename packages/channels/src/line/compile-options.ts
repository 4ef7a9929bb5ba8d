/** What the LINE compiler needs besides the neutral message, for the few things LINE requires of it. */

export interface LineCompileOptions {
  /**
   * Preview image of an image or video message (HTTPS, ≤2000; LINE asks for ≤1 MB). Required for a
   * video, which the neutral message cannot describe; an image previews itself when it is omitted.
   */
  previewImageUrl?: string;
  /** Length of an audio file in milliseconds, which LINE requires and the neutral message lacks. */
  audioDurationMs?: number;
  /** Label (≤20) of the quick reply asking for the customer's location. Default "Send location". */
  locationRequestLabel?: string;
}

export const DEFAULT_LOCATION_REQUEST_LABEL = "Send location";
