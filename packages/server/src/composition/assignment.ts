/** Automatic assignment, wired by hand: store queues, their modes and the queue replies it sends first. */
import { QueueAssignment } from "../features/assignment/queue-assignment.service.js";
import { QueuePlacementRepository } from "../features/assignment/queue-placement.repository.js";
import type { QueueReplies } from "../features/stores/queue-replies.service.js";
import type { ServiceInputs } from "./services.js";

export function createQueueAssignment(inputs: ServiceInputs, queueReplies: QueueReplies): QueueAssignment {
  return new QueueAssignment({
    groupCommit: inputs.groupCommit,
    assignments: inputs.repos.assignments,
    placement: new QueuePlacementRepository(),
    queueReplies,
    events: inputs.changeEvents,
  });
}
