/** English texts of automatic assignment: the stores page's assignment mode and the route-to-store bot node. */
export const assignmentEn = {
  "assignment.title": "Assignment",
  "assignment.intro":
    "How conversations waiting in this store's queue reach its agents and store managers. Each person takes at most their capacity of conversations in progress (set on the people page).",
  "assignment.mode": "Assign new conversations",
  "assignment.mode.manual": "Manually",
  "assignment.mode.round_robin": "Round robin",
  "assignment.mode.least_busy": "Least busy",
  "assignment.modeHelp.manual":
    "Conversations wait in the queue until someone takes them or a manager assigns them.",
  "assignment.modeHelp.round_robin": "Agents with room take turns.",
  "assignment.modeHelp.least_busy": "The agent with the fewest conversations in progress gets the next one.",
  "assignment.badge": "Assign: {mode}",
  "assignment.saving": "Saving…",
  "assignment.saveFailed": "Could not change the assignment: {reason}",
  "assignment.loadFailed": "Could not load the assignment: {reason}",
  "assignment.noAgents": "Nobody works for this store yet: add agents to it on the people page.",
  "assignment.load": "{inProgress} in progress",
  "assignment.loadOf": "{inProgress} of {capacity} in progress",
  "assignment.inactive": "deactivated",

  "botNode.kindRouteToStore": "Route to a store",
  "botNode.helpRouteToStore":
    "Puts the conversation in a store's queue and hands it over to that store's people (\"choose your nearest counter\").",
  "routeToStore.source": "Which store",
  "routeToStore.from.fixed": "This store",
  "routeToStore.from.choice": "The option the customer just chose",
  "routeToStore.from.attribute": "The store named in a contact attribute",
  "routeToStore.store": "Store",
  "routeToStore.pickStore": "Choose a store…",
  "routeToStore.missingStore": "{id} (no longer exists)",
  "routeToStore.attribute": "Attribute holding the store's id or name",
  "routeToStore.choiceHelp":
    "Put this node right after a choice whose options are your stores: an option's id (or its title) must be the store's id (or its name).",
  "routeToStore.fallbackHelp":
    "When no store matches, the conversation waits in the channel account's default store.",
  "routeToStore.summaryChoice": "the chosen option's store",
} as const;
