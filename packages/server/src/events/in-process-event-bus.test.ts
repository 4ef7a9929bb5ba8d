import { describeEventBusContract } from "./event-bus.contract.js";
import { InProcessEventBus } from "./in-process-event-bus.js";

describeEventBusContract("InProcessEventBus", async (onError) => {
  const bus = new InProcessEventBus(onError);
  return { bus, cleanup: () => bus.close() };
});
