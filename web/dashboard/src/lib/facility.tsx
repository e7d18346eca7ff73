// The active facility: chosen top left, remembered per user, sent as X-Facility-ID on every request.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";

import { fetchFacilities, setRequestContext, type Facility } from "./api";
import { useSession } from "./auth";

interface FacilityState {
  facilities: Facility[];
  active: Facility | null;
  choose: (id: string) => void;
}

const FacilityContext = createContext<FacilityState | null>(null);

export function FacilityProvider({ children }: { children: ReactNode }) {
  const session = useSession();
  const queries = useQueryClient();
  const key = `crm.facility.${session.sub}`;
  const [chosen, setChosen] = useState<string | null>(() => window.localStorage.getItem(key));
  const list = useQuery({
    queryKey: ["facilities", session.sub, session.facilities],
    queryFn: () => fetchFacilities(session.token, session.facilities),
    staleTime: Infinity,
  });
  // The token already names the facilities: requests start at once, the names follow when they come.
  const facilities = useMemo(() => list.data ?? session.facilities.map((id) => ({ id, name: null })), [list.data, session.facilities]);
  const active = facilities.find((f) => f.id === chosen) ?? facilities[0] ?? null;
  setRequestContext(session.token, active?.id ?? "");

  useEffect(() => setRequestContext(session.token, active?.id ?? ""), [session.token, active]);

  const value = useMemo<FacilityState>(
    () => ({
      facilities,
      active,
      choose: (id) => {
        window.localStorage.setItem(key, id);
        setChosen(id);
        setRequestContext(session.token, id);
        queries.removeQueries({ predicate: (q) => q.queryKey[0] !== "facilities" });
      },
    }),
    [facilities, active, key, queries, session.token],
  );
  return <FacilityContext.Provider value={value}>{children}</FacilityContext.Provider>;
}

export function useFacility(): FacilityState {
  const value = useContext(FacilityContext);
  if (!value) throw new Error("useFacility outside FacilityProvider");
  return value;
}
