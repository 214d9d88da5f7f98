"use client";

import { createContext, type ReactNode, useContext, useMemo, useState } from "react";
import { Checkbox } from "@/components/ui/checkbox";

// Which rows of a list are ticked, or whether "all that match" is chosen: the borrower list's and the violation
// queue's. The rows are rendered on the server; only the checkboxes and the action bar share this state.

type Selection = {
  ids: Set<string>;
  isAllMatching: boolean;
  toggle(id: string, isSelected: boolean): void;
  setPage(ids: string[], isSelected: boolean): void;
  selectAllMatching(isAll: boolean): void;
  clear(): void;
};

const SelectionContext = createContext<Selection | null>(null);

export function useSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error("useSelection needs a SelectionProvider");
  return selection;
}

/** Keyed by the list's URL by its parent, so a new page or filter starts with nothing ticked. */
export function SelectionProvider({ children }: { children: ReactNode }) {
  const [ids, setIds] = useState<Set<string>>(new Set());
  const [isAllMatching, setAllMatching] = useState(false);
  const value = useMemo<Selection>(
    () => ({
      ids,
      isAllMatching,
      toggle: (id, isSelected) => {
        setAllMatching(false);
        setIds((current) => {
          const next = new Set(current);
          if (isSelected) next.add(id);
          else next.delete(id);
          return next;
        });
      },
      setPage: (pageIds, isSelected) => {
        setAllMatching(false);
        setIds(isSelected ? new Set(pageIds) : new Set());
      },
      selectAllMatching: setAllMatching,
      clear: () => {
        setAllMatching(false);
        setIds(new Set());
      },
    }),
    [ids, isAllMatching],
  );
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

/** A native checkbox: a list shows up to 100 of them, and each Radix one is half a kilobyte of markup. */
export function RowCheckbox({ id, label }: { id: string; label: string }) {
  const { ids, isAllMatching, toggle } = useSelection();
  return (
    <input
      type="checkbox"
      className="row-check"
      checked={isAllMatching || ids.has(id)}
      onChange={(event) => toggle(id, event.target.checked)}
      aria-label={`Select ${label}`}
      data-testid="select-row"
    />
  );
}

/** Ticks or clears every row of the page; `label` names them ("Select every borrower on this page"). */
export function PageCheckbox({ ids: pageIds, label }: { ids: string[]; label: string }) {
  const { ids, isAllMatching, setPage } = useSelection();
  const selectedOnPage = pageIds.filter((id) => ids.has(id)).length;
  const checked =
    isAllMatching || (pageIds.length > 0 && selectedOnPage === pageIds.length)
      ? true
      : selectedOnPage > 0
        ? "indeterminate"
        : false;
  return (
    <Checkbox
      checked={checked}
      onCheckedChange={(next) => setPage(pageIds, next === true)}
      aria-label={label}
      data-testid="select-page"
    />
  );
}
