// Types of embedded.mjs, for the TypeScript that starts the embedded app (end-to-end tests, benchmarks).
import type { Switchboard } from "@switchboard/server";
import type { Simulator, SimulatorSettings } from "@switchboard/simulator";

export interface EmbeddedApp {
  switchboard: Switchboard;
  simulator: Simulator | undefined;
  demo: { phoneNumberId: string; wabaId: string; displayPhoneNumber: string; name: string };
  /** The demo business's Facebook page (Messenger). */
  demoPage: { pageId: string; name: string; username: string };
  /** The demo business's LINE Official Account. */
  demoLine: { channelId: string; botUserId: string; basicId: string; name: string };
  /** The demo business's web chat (its widget key and name). */
  demoWebchat: { widgetKey: string; name: string };
  close(): Promise<void>;
}

export function startEmbedded(
  env: Record<string, string | undefined>,
  options?: { simulatorSettings?: Partial<SimulatorSettings>; quiet?: boolean; handleSignals?: boolean },
): Promise<EmbeddedApp>;
