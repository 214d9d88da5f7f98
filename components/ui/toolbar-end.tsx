import { Loader2, X } from "lucide-react";
import { Button } from "./button";

/** The end of a list's toolbar: "Clear filters" when any is set, and a spinner while the new view loads. */
export function ToolbarEnd({
  hasFilters,
  isLoading,
  onClear,
}: {
  hasFilters: boolean;
  isLoading: boolean;
  onClear: () => void;
}) {
  return (
    <>
      {hasFilters && (
        <Button variant="ghost" size="sm" data-testid="clear-filters" onClick={onClear}>
          <X aria-hidden /> Clear filters
        </Button>
      )}
      {isLoading && <Loader2 aria-label="Loading" className="size-4 animate-spin text-muted-foreground" />}
    </>
  );
}
