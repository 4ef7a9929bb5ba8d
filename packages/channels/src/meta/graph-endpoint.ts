/** Addresses on Meta's Graph API, for WhatsApp, Messenger and Instagram alike. */

/** Where the Graph API is: the host (or the simulator's address) and the version, e.g. `v25.0`. */
export interface GraphLocation {
  graphUrl: string;
  graphVersion: string;
}

/** `${graphUrl}/${graphVersion}/${segments…}?query`, each segment URL-encoded. */
export function metaGraphEndpoint(
  location: GraphLocation,
  segments: string[],
  query?: Record<string, string>,
): string {
  const base = location.graphUrl.replace(/\/+$/, "");
  const path = [location.graphVersion, ...segments].map(encodeURIComponent).join("/");
  const search = query ? `?${new URLSearchParams(query).toString()}` : "";
  return `${base}/${path}${search}`;
}
