// Carriers shown on the hosted Ignition page. Ids follow Axle's style (`state-farm`).
export const carriers = [
  { id: "state-farm", name: "State Farm", domain: "statefarm.com", phone: "+18007826000" },
  { id: "geico", name: "GEICO", domain: "geico.com", phone: "+18008413000" },
  { id: "progressive", name: "Progressive", domain: "progressive.com", phone: "+18007763448" },
  { id: "allstate", name: "Allstate", domain: "allstate.com", phone: "+18002557828" },
  { id: "usaa", name: "USAA", domain: "usaa.com", phone: "+18005318722" },
  { id: "liberty-mutual", name: "Liberty Mutual", domain: "libertymutual.com", phone: "+18002908711" },
] as const;

export function findCarrier(id: string | undefined) {
  return carriers.find((carrier) => carrier.id === id);
}
