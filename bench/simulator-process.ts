// Runs the simulator as its own process (so its work does not distort the driver's clocks) and follows
// its event stream for the business's replies.
import { spawn } from "node:child_process";
import http from "node:http";

export interface Reply {
  waId: string;
  wamid: string;
  body: unknown;
}

export interface SimulatorProcess {
  url: string;
  /** The simulator process's id (for its CPU time). */
  pid: number | undefined;
  onReply(listener: (reply: Reply) => void): void;
  close(): Promise<void>;
}

export async function startSimulatorProcess(
  port: number,
  settings: Record<string, unknown>,
): Promise<SimulatorProcess> {
  const child = spawn(process.execPath, ["packages/simulator/dist/main.js"], {
    env: { ...process.env, SIMULATOR_PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`${url}/_sim/api/settings`)).ok) break;
    } catch {
      if (tries > 100) throw new Error("the simulator did not start");
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const patched = await fetch(`${url}/_sim/api/settings`, {
    method: "PATCH",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(settings),
  });
  if (!patched.ok) throw new Error(`simulator settings: ${await patched.text()}`);

  const listeners: ((reply: Reply) => void)[] = [];
  const stream = http.get(`${url}/_sim/api/events`, (response) => {
    let buffer = "";
    response.setEncoding("utf8");
    response.on("data", (chunk: string) => {
      buffer += chunk;
      let end = buffer.indexOf("\n\n");
      while (end >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf("\n\n");
        const data = frame.split("\n").find((line) => line.startsWith("data:"));
        if (data === undefined) continue;
        const event: unknown = JSON.parse(data.slice(5));
        const reply = asReply(event);
        if (reply !== undefined) listeners.forEach((listener) => listener(reply));
      }
    });
  });
  stream.on("error", () => {});
  return {
    url,
    pid: child.pid,
    onReply: (listener) => listeners.push(listener),
    close: async () => {
      stream.destroy();
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

function asReply(event: unknown): Reply | undefined {
  if (typeof event !== "object" || event === null || !("type" in event) || event.type !== "chat.item")
    return undefined;
  if (!("waId" in event) || typeof event.waId !== "string" || !("item" in event)) return undefined;
  const item = event.item;
  if (typeof item !== "object" || item === null || !("direction" in item) || item.direction !== "out")
    return undefined;
  if (!("wamid" in item) || typeof item.wamid !== "string" || !("payload" in item)) return undefined;
  return { waId: event.waId, wamid: item.wamid, body: item.payload };
}
