/** The draft's modules, for every module picker in the node forms. */
import { createContext, useContext, type ReactNode } from "react";
import type { BotModule } from "../../../api/bots-api";

export type ModuleChoice = Pick<BotModule, "id" | "name" | "kind">;

const ModulesContext = createContext<readonly ModuleChoice[]>([]);

export function ModulesProvider({
  modules,
  children,
}: {
  modules: readonly ModuleChoice[];
  children: ReactNode;
}) {
  return <ModulesContext.Provider value={modules}>{children}</ModulesContext.Provider>;
}

export function useModules(): readonly ModuleChoice[] {
  return useContext(ModulesContext);
}
